"""The coach is pure Python with string constants of its own; they must
name the same choices as the apps' vocabulary (helpapp/vocabulary.py)."""

from helpapp.coach.check import CODES, SCRIPT_CHANNELS
from helpapp.coach.compose import SIZES
from helpapp.coach.phrases import CHANNELS, KINDS, TONES
from helpapp.vocabulary import Channel, CheckCode, PhraseKind, Size, Tone


def test_the_coach_and_the_apps_name_the_same_choices():
    assert set(CHANNELS) == set(Channel.values)
    assert set(SCRIPT_CHANNELS) <= set(Channel.values)
    assert set(TONES) == set(Tone.values)
    assert set(KINDS) == set(PhraseKind.values)
    assert set(CODES) == set(CheckCode.values)
    assert set(SIZES) == set(Size.values)
