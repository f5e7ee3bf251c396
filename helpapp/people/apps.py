from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "helpapp.people"
    verbose_name = "Trusted people"

    def ready(self) -> None:
        from helpapp import pagecache
        from helpapp.people.models import HelpGiven, Person

        pagecache.follow(Person)
        pagecache.follow(HelpGiven)
