"""The emergency number of every country, for the crisis lines' fallback.

Curated lines come first (an "Emergency services" line of order 0, where a
curator added one); every other country still gets its emergency number,
read from the short-number data that ships with phonenumbers (the same
library that checks the people's phone numbers), which Google keeps up to
date from national numbering plans.
"""

import re
from functools import cache
from itertools import product

from phonenumbers import PhoneMetadata

# Where a country has several emergency numbers, the one to show: 112 in
# the EU and EEA (the law there makes it the general number), elsewhere the
# number people know, then 112, which many mobile networks also answer.
EU_EEA = set(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO "
    "SE SI SK IS LI NO".split()
)
PREFERRED = ("911", "999", "000", "111", "112", "119", "995", "997")


@cache  # about 250 countries, computed at most once each
def emergency_number(country: str) -> str:
    """The number to dial for emergency services in the country, or ""."""
    metadata = PhoneMetadata.short_metadata_for_region(country.upper())
    if metadata is None or metadata.emergency is None:
        return ""
    pattern = re.compile(metadata.emergency.national_number_pattern)
    lengths = (
        metadata.emergency.possible_length or metadata.general_desc.possible_length
    )
    numbers = sorted(
        number
        for length in lengths
        if length <= 5
        for number in map("".join, product("0123456789", repeat=length))
        if pattern.fullmatch(number)
    )
    preferred = ("112", *PREFERRED) if country.upper() in EU_EEA else PREFERRED
    for number in preferred:
        if number in numbers:
            return number
    return numbers[0] if numbers else ""
