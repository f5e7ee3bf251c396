import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpapp.settings")

application = get_wsgi_application()

# Serving with DEBUG off is serving people: never on the development key,
# whatever ALLOWED_HOSTS says.
if not settings.DEBUG and settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a secret of its own when DEBUG is off."
    )
