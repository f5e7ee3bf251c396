"""Your data in a real browser: take a copy of it, then delete it all."""

import csv
import io
import json

import pytest
from playwright.sync_api import Page, expect

from helpapp.accounts.models import User
from tests.browser.test_journey import log_in
from tests.conftest import PASSWORD, make_ask, make_person, make_user

NEED = "someone to talk to, about work"


@pytest.fixture
def ines(transactional_db) -> User:
    user = make_user("ines")
    make_ask(user, NEED, person=make_person(user, "Sam Okafor"))
    return user


def download(page: Page, link: str) -> str:
    with page.expect_download() as info:
        page.get_by_role("link", name=link).click()
    return info.value.path().read_text(encoding="utf-8-sig")


@pytest.mark.django_db(transaction=True)
def test_download_everything_then_delete_the_account(page: Page, live_server, ines):
    log_in(page, live_server.url, "ines")
    page.get_by_role("link", name="Account").first.click()
    page.get_by_role("link", name="Download your data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Download your data")

    data = json.loads(download(page, "Download everything (JSON)"))
    assert data["user"]["username"] == "ines"
    assert [p["name"] for p in data["people"]] == ["Sam Okafor"]
    assert [a["need"] for a in data["asks"]] == [NEED]

    rows = list(csv.reader(io.StringIO(download(page, "Download your requests (CSV)"))))
    assert rows[0][:2] == ["Created", "Status"]
    assert [row[4] for row in rows[1:]] == [NEED]

    page.get_by_role("link", name="Back to your account").click()
    page.get_by_role("link", name="Delete your account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    deleted = page.get_by_role("region", name="What will be deleted")
    expect(deleted.get_by_text("Requests", exact=True)).to_be_visible()

    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("That is not your password.")
    expect(page).to_have_title("Error: Delete your account – LeanOn")
    assert User.objects.filter(username="ines").exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account and everything in it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Asking for help is hard. LeanOn makes it easier."
    )
    expect(
        page.get_by_text("Your account and everything in it has been deleted.")
    ).to_be_visible()
    assert not User.objects.filter(username="ines").exists()

    log_in(page, live_server.url, "ines")
    expect(page.get_by_role("alert")).to_contain_text(
        "Please enter a correct username and password."
    )
    expect(page.get_by_role("link", name="Log in").first).to_be_visible()
