"""LeanOn settings.

Every deploy-time value comes from an environment variable, read through the
typed helpers in helpapp.env. The defaults suit a developer's machine: SQLite
in a file, DEBUG off unless asked for, email printed to the console.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from helpapp.env import env_bool, env_int, env_list, env_str, is_set

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)

# A deployment names its hosts; a deployment must also bring its own key.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
if is_set("ALLOWED_HOSTS") and not is_set("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY must be set when ALLOWED_HOSTS is set.")
# The key for a machine of one's own; helpapp/wsgi.py refuses to serve with
# DEBUG off on it (a server, not a developer).
DEVELOPMENT_SECRET_KEY = "django-insecure-local-development-only-never-use-this-key"  # noqa: S105 # nosec B105
SECRET_KEY = env_str("SECRET_KEY", DEVELOPMENT_SECRET_KEY)

INSTALLED_APPS = [
    "helpapp",
    "helpapp.accounts",
    "helpapp.people",
    "helpapp.asks",
    "helpapp.guidance",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_countries",
    "phonenumber_field",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Near the top, so even a response made by a middleware below (a 400 for
    # an unknown host) carries it.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "helpapp.sessions.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "helpapp.privacy.PrivatePagesMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so the lockout page it returns still gets the headers above.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "helpapp.urls"
WSGI_APPLICATION = "helpapp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Databases: SQLite in a file unless DATABASE_URL names another database.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
try:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600, minimum=0),
            conn_health_checks=True,
        )
    }
except ValueError as error:
    raise ImproperlyConfigured(f"DATABASE_URL is not usable: {error}") from None
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
# Axes first: it refuses a login while the account or address is locked out
# (see "Login throttling" below), then the usual check of the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Email: printed to the console unless an SMTP server is configured.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "LeanOn <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if is_set("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST"),
                "port": env_int("EMAIL_PORT", 587, minimum=1),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# The cache holds only the curated content, the same for everyone
# (helpapp/guidance/cached.py). Shared (REDIS_URL), an admin's edit reaches
# every app process at once and the content is kept for a day; in each
# process's memory, another process sees the edit within a minute.
if is_set("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env_str("REDIS_URL"),
        }
    }
    CONTENT_CACHE_SECONDS = 24 * 60 * 60
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CONTENT_CACHE_SECONDS = 60

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
# Phone numbers carry their own region (the owner's country, see
# people/forms.py). Set to None rather than left out: a missing setting is
# looked up afresh on every Person loaded, which cost 2 ms for 50 people.
PHONENUMBER_DEFAULT_REGION = None

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Security. HTTPS=1 in production turns on secure cookies, the redirect to
# https and HSTS; TRUST_X_FORWARDED_PROTO=1 when a proxy terminates TLS.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SESSION_COOKIE_HTTPONLY = True
# Sessions are kept with the user they belong to (helpapp/sessions.py).
SESSION_ENGINE = "helpapp.sessions"
# Sessions end after two weeks (or SESSION_COOKIE_AGE seconds).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 14 * 24 * 60 * 60, minimum=60)
# No script reads the CSRF cookie: pages carry the token (htmx sends it
# from hx-headers), so the cookie can be hidden from JavaScript.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# A form post bigger than this is refused (413) before anything reads it.
# The most a page sends, a 4,000-character message of four-byte characters,
# percent-encoded, with its subject, is about 50 KB; the room above that
# lets a message that is too long come back with its field's message.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200

# Login throttling (django-axes). Five wrong passwords, each within the
# cool-off of the one before, lock the account, whatever address they came
# from, and lock the address, whatever accounts it tried; a lock lasts 15
# minutes. The counts live in the database (AccessAttempt), so every app
# process shares them. The lockout page is accounts/lockout.html (429).
AXES_FAILURE_LIMIT = 5
# An address is locked after 5 wrong passwords, for whatever accounts; a
# username is only slowed down (helpapp/accounts/throttling.py), so that no
# stranger can lock its owner out.
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=15)
# Not True: a success resets every attempt from its address as well as for
# its account, so anyone with an account of their own could clear the count
# of wrong guesses at someone else's password by logging in to their own
# account every four guesses. Failures simply age out after the cool-off.
AXES_RESET_ON_SUCCESS = False
# Trying again during a lockout does not extend it, so "try again in 15
# minutes" on the lockout page stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Keep no log of every successful login (address, browser): only the failed
# attempts that throttling needs, deleted once they are older than the cool-off.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "helpapp.accounts.throttling.lockout"
# The client's address: REMOTE_ADDR, or behind PROXY_COUNT proxies the
# address the outermost of them saw (django-ipware is not installed, so
# axes' own AXES_IPWARE_* settings would do nothing).
AXES_CLIENT_IP_CALLABLE = "helpapp.accounts.throttling.client_ip"
PROXY_COUNT = env_int("PROXY_COUNT", 0, minimum=0)

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    # Bootstrap draws form controls with data: SVG images.
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
