"""Syllables in a word, estimated, for the reading-ease check.

Count the groups of vowels (accented vowels included), then take one off
for a silent final "e" ("make", but not the sounded "-le" of "table"), a
silent "-ed" ("helped", not "needed") or a silent "-es" ("makes", not
"boxes"); every word has at least one. Numbers count as one.
"""

import re

_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāēīōūăĕĭŏŭąęįųőűůěœ\u1ea0-\u1ef9"
_CONSONANT = rf"[^\W\d_{_VOWELS}]"
_VOWEL_GROUP = re.compile(rf"[{_VOWELS}]+")
# How a word ends, when that changes the count: a sounded "-le" first, then
# a silent "-e", "-ed" or "-es" after an earlier vowel.
_ENDING = re.compile(
    rf"[{_VOWELS}]{_CONSONANT}*{_CONSONANT}(?P<sounded>le)$"
    rf"|[{_VOWELS}]{_CONSONANT}+e$"
    rf"|[{_VOWELS}]{_CONSONANT}*[^\W\d_{_VOWELS}td]ed$"
    rf"|[{_VOWELS}]{_CONSONANT}*[^\W\d_{_VOWELS}scxzgh]es$"
)


def syllables(word: str) -> int:
    """An estimate of the syllables in one lowercase word (at least 1)."""
    count = len(_VOWEL_GROUP.findall(word))
    ending = _ENDING.search(word)
    if ending and ending.group("sounded") is None:
        count -= 1
    return max(1, count)
