"""Every fresh install has the first guidance content, ready to edit."""

import importlib
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.urls import reverse

from helpapp.guidance.models import (
    CrisisPhrase,
    CrisisResource,
    Phrase,
    StarterTemplate,
    Tip,
)
from helpapp.vocabulary import Barrier, Category, PhraseKind, Place
from tests.conftest import make_ask, make_line, make_person

# Pages that helped confirm numbers but are not the service's own.
NEWS_HOSTS = (
    "vice.com", "examiner", "todayfm", "news", "podcast", "rtve", "reader.gr",
    "livemint", "channelnewsasia", "mb.com.ph", "standardmedia", "cphpost",
    "dv.is", "zz.lv", "bb.lv", "lrytas", "irozhlas", "24hod", "evz.ro",
    "progress.guide", "tg24", "ilsole24ore", "francebleu", "tageblatt",
    "hartvannederland", "zeelandnet", "teleonuba", "proteste", "saudeonline",
    "cbn.com.cy", "globalsustain", "axaprevention", "ekkw", "opwijk",
    "presseportal", "sttinfo", "notified", "lvportals", "bns.lt", "humanisti",
    "jesenik", "blog.sme", "epeka", "childhelplineinternational",
)  # fmt: skip

pytestmark = pytest.mark.django_db


def test_tips_cover_every_step_and_barrier():
    tips = Tip.objects.active()
    assert tips.count() >= 20
    assert {t.place for t in tips} == set(Place.values)
    assert {t.barrier for t in tips} == set(Barrier.values)


def test_the_phrase_bank_covers_every_kind_channel_and_tone():
    phrases = list(Phrase.objects.active())
    assert len(phrases) >= 60
    assert {p.kind for p in phrases} == set(PhraseKind.values)
    assert {p.tone for p in phrases} == {"casual", "formal"}
    for channel in ["text", "email", "call", "in_person"]:
        assert any(channel in p.channels for p in phrases), channel


def test_starter_templates_cover_every_category():
    templates = StarterTemplate.objects.active()
    assert templates.count() >= 12
    assert {t.category for t in templates} == set(Category.values)


@pytest.mark.parametrize("country", ["US", "CA", "GB", "IE", "AU", "NZ"])
def test_crisis_lines_for_each_first_country_with_sources(country):
    resources = CrisisResource.objects.active().filter(country=country)
    assert resources.count() >= 2
    assert all(r.source_url.startswith("https://") for r in resources)
    assert all(r.phone or r.sms_number or r.web_url for r in resources)


def test_crisis_phrases_are_loaded():
    assert CrisisPhrase.objects.active().count() >= 30


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("US", "988"),
        ("CA", "9-8-8"),
        ("GB", "116 123"),
        ("IE", "116 123"),
        ("AU", "13 11 14"),
        ("NZ", "1737"),
    ],
)
def test_the_crisis_page_shows_the_national_line(client, country, number):
    response = client.get(reverse("crisis"), {"country": country})
    assert f"Call {number}" in response.text


def test_a_fresh_install_composes_from_the_phrase_bank(alice, alice_client):
    ask = make_ask(alice, person=make_person(alice, "Sam Okafor"))
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    message = response.context["form"]["message"].value()
    assert "Sam" in message
    assert "a lift to the station" in message
    assert "{" not in message


def test_every_crisis_source_is_the_service_or_a_government():
    """News articles and branch pages helped confirm some numbers; the link a
    user follows is the service's own site or a government page."""
    for resource in CrisisResource.objects.all():
        host = urlsplit(resource.source_url).hostname
        assert host, resource.name
        assert not any(word in host for word in NEWS_HOSTS), (resource.name, host)
    assert (
        CrisisResource.objects.get(country="IE", name="Pieta").source_url
        == "https://www.pieta.ie/"
    )


def test_an_older_install_gets_the_official_links_unless_an_editor_changed_them():
    migration = importlib.import_module(
        "helpapp.guidance.migrations.0006_official_source_urls"
    )
    country, name, old, new = migration.CHANGES[0]
    CrisisResource.objects.filter(country=country, name=name).update(source_url=old)
    edited = CrisisResource.objects.exclude(country=country, name=name).get(
        country="NZ", name="Lifeline Aotearoa"
    )
    edited.source_url = "https://example.org/checked-by-our-editor"
    edited.save()
    migration.forwards(apps, None)
    assert CrisisResource.objects.get(country=country, name=name).source_url == new
    edited.refresh_from_db()
    assert edited.source_url == "https://example.org/checked-by-our-editor"


def test_the_offer_back_tip_gives_the_studys_real_size():
    tip = Tip.objects.get(title="Offer something back")
    assert "5,671 requests" in tip.body
    assert "21,000" not in tip.body


def test_an_older_install_gets_the_corrected_study_size_unless_a_curator_edited_it():
    migration = importlib.import_module(
        "helpapp.guidance.migrations.0007_tip_study_size"
    )
    tip = Tip.objects.get(title=migration.TITLE)
    tip.body = migration.OLD + migration.REST
    tip.save()
    migration.forwards(apps, None)
    tip.refresh_from_db()
    assert tip.body == migration.NEW + migration.REST

    edited = migration.OLD + "Our curator added this line."
    Tip.objects.filter(pk=tip.pk).update(body=edited)
    migration.forwards(apps, None)
    tip.refresh_from_db()
    assert tip.body == edited


def test_a_fresh_install_dials_every_line_from_its_own_digits():
    lines = CrisisResource.objects.all()
    assert lines.filter(country="DE").exists() and lines.filter(country="KE").exists()
    for line in lines:
        assert bool(line.phone) == bool(line.phone_dial), line.name
        assert bool(line.sms_number) == bool(line.sms_dial), line.name
    shout = lines.get(country="GB", name="Shout")
    assert shout.sms_link == "sms:85258?&body=SHOUT"


def test_an_older_install_gets_digits_to_dial_and_the_new_countries():
    migration = importlib.import_module(
        "helpapp.guidance.migrations.0008_crisis_numbers_to_dial"
    )
    # As an install was before: no digits, none of the new countries' lines,
    # one line an editor added with a note in its number, one they removed.
    CrisisResource.objects.filter(country__in=migration.NEW_COUNTRIES).delete()
    CrisisResource.objects.filter(country="GB", name="Shout").delete()
    make_line("US", "Added by an editor", "1-800-273-8255 (press 1)")
    make_line("SE", "Kept by an editor", "90101")
    CrisisResource.objects.update(phone_dial="", sms_dial="")

    migration.forwards(apps, None)

    lines = CrisisResource.objects.all()
    assert lines.get(name="Added by an editor").tel_link == "tel:18002738255"
    assert lines.get(country="CA", name="Kids Help Phone").sms_dial == "686868"
    assert lines.filter(country="DE").count() >= 2  # a new country's lines
    # A country that already had a line of its own gets nothing added...
    assert list(lines.filter(country="SE").values_list("name", flat=True)) == [
        "Kept by an editor"
    ]
    # ...and nothing an editor removed comes back.
    assert not lines.filter(country="GB", name="Shout").exists()


@pytest.mark.django_db
def test_a_fresh_install_holds_every_phrase_of_the_coach():
    """The frozen first bank (0003) and the coach's phrases added after it
    (0009): the admin's bank starts out writing as the coach does."""
    from helpapp.coach.phrases import DEFAULT_PHRASES
    from helpapp.guidance.models import Phrase

    have = set(Phrase.objects.values_list("kind", "tone", "text"))
    missing = {(p.kind, p.tone, p.text) for p in DEFAULT_PHRASES} - have
    assert not missing, sorted(missing)[:3]
