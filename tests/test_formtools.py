"""The lean field markup (helpapp.formtools.lean_field): what a person types
comes back escaped and kept, labels and errors are tied to their inputs."""

import re

import pytest
from django import forms

from helpapp.asks.forms import NeedForm
from helpapp.formtools import lean_field

TYPED = '"><script>alert(1)</script>'


class Sample(forms.Form):
    name = forms.CharField(label="Name <b>", help_text="As they go by.")
    notes = forms.CharField(widget=forms.Textarea, required=False)
    kind = forms.ChoiceField(choices=[("a", "A & B"), ("b", "<i>B</i>")])
    way = forms.ChoiceField(
        choices=[("text", "Text"), ("email", "Email")], widget=forms.RadioSelect
    )
    agree = forms.BooleanField(required=False)
    key = forms.CharField(widget=forms.HiddenInput, required=False)


def render(form, name):
    return str(lean_field(form[name]))


def test_what_was_typed_comes_back_escaped():
    form = Sample(data={"name": TYPED, "notes": TYPED, "kind": TYPED, "key": TYPED})
    form.is_valid()
    for name in ("name", "notes", "kind", "key"):
        html = render(form, name)
        assert "<script>" not in html
    assert 'value="&quot;&gt;&lt;script&gt;' in render(form, "name")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</textarea>" in render(form, "notes")
    assert 'type="hidden"' in render(form, "key")


def test_labels_and_choices_are_escaped():
    html = render(Sample(), "name")
    assert 'for="id_name" class="form-label requiredField">Name &lt;b&gt;' in html
    options = render(Sample(), "kind")
    assert '<option value="a">A &amp; B</option>' in options
    assert "&lt;i&gt;B&lt;/i&gt;" in options


def test_the_chosen_radio_is_checked_and_each_label_names_its_own():
    html = render(Sample(data={"way": "email"}), "way")
    assert re.search(r'value="email" id="id_way_1" checked>', html)
    assert 'value="text" id="id_way_0">' in html
    assert '<label for="id_way_0" class="form-check-label">Text</label>' in html
    assert "<legend" in html and "<fieldset" in html


def test_a_ticked_box_stays_ticked():
    assert " checked>" in render(Sample(data={"agree": "on"}), "agree")
    assert " checked>" not in render(Sample(data={}), "agree")


@pytest.mark.parametrize("name", ["need", "size"])
def test_errors_sit_by_the_field_and_are_announced(name):
    form = NeedForm(data={})
    form.is_valid()
    html = render(form, name)
    message = form.errors[name][0]
    assert f'<div id="id_{name}_error" class="invalid-feedback d-block">' in html
    assert f"<strong>{message}</strong>" in html
    described = re.search(r'aria-describedby="([^"]+)"', html).group(1).split()
    assert f"id_{name}_error" in described
    assert "is-invalid" in html


def test_help_text_is_tied_to_the_input():
    html = render(Sample(), "name")
    assert 'aria-describedby="id_name_helptext"' in html
    assert '<div id="id_name_helptext" class="form-text">As they go by.</div>' in html
