"""Crisis resources per country, and the phrases that make a need read like a crisis.

Numbers checked on 2026-11-22 against stored copies of public pages: the
service's own site or a government site where one was available, otherwise
several reputable pages that agree, named in the comment above the entry.
``source_url`` is always the service's own site or a government page; where
the number was confirmed only on other pages (the comment says so), confirm it
on that official page at the next review.

The lines for the EU and EEA countries, India, South Africa, Singapore, the
Philippines and Kenya were added on 2026-12-03, checked the same way. Where
the comment says the service's own site was "not read here", the number was
confirmed on the pages named and the site is the one widely published:
open it at the next review. Nigeria and Malta have no line yet (none could
be confirmed on a page we trust): people there see the emergency number
and the international directory.

ADMINS: these numbers save lives only if they are right. Re-check every entry
against its official source at least every three months, and whenever a
service announces a change (numbers, hours and text keywords do change). If an
entry cannot be confirmed, remove it rather than guess: a wrong crisis number
is worse than a missing one. Update ``CHECKED_ON`` when you do.

Schema of each resource (all keys always present, "" when not applicable):

- ``country``: ISO 3166-1 alpha-2 code, or "" for the international fallback
  shown to everyone whose country has no entries.
- ``name``: the service's official name.
- ``phone``: the number to call, written the way people write it locally.
- ``phone_dial``: the digits a phone dials for it (what the call link uses).
- ``sms_number`` / ``sms_dial`` / ``sms_keyword``: number to text, as written
  and as dialled, and the word to send.
- ``web_url``: the service's official web page (chat or information).
- ``hours``: when it answers.
- ``description``: one line, in our own words, on who it is for.
- ``source_url``: the service's own site, or the government page that states
  the number.
- ``order``: emergency number 0, main crisis line 10, then 20, 30...

``CRISIS_PHRASES`` is matched by ``helpapp.guidance.crisis.find_crisis_phrases``:
case-insensitive, whole words, any whitespace between words, typographic or
missing apostrophes (don't / don’t / dont) and hyphen or space between words
(self-harm / self harm). A phrase never matches inside a longer word, so list
the inflections you want ("kill myself", "killing myself"). Lean towards
recall: showing crisis resources to someone who did not need them costs a
scroll; missing someone who did is the failure that matters.
"""

CHECKED_ON = "2026-11-22"

EVERY_DAY = "24 hours, every day"

CRISIS_RESOURCES: list[dict] = [
    # ------------------------------------------------------------------ US
    # Wyoming Department of Health (state government): "If you or someone you
    # know is in immediate danger of harming themselves, please call 911."
    # Also skowhegan.org/FAQ.aspx?QID=95 quoting 911.gov: "In an emergency,
    # call 911 or your local emergency number immediately".
    {
        "country": "US",
        "name": "Emergency services",
        "phone": "911",
        "phone_dial": "911",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Police, fire or ambulance when someone's life is in danger right now."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
        "source_url": "https://www.911.gov/",
        "order": 0,
    },
    # SAMHSA (US Department of Health and Human Services), 988 FAQs.
    {
        "country": "US",
        "name": "988 Suicide & Crisis Lifeline",
        "phone": "988",
        "phone_dial": "988",
        "sms_number": "988",
        "sms_dial": "988",
        "sms_keyword": "",
        "web_url": "https://988lifeline.org",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential support by call, text or chat for anyone in "
            "emotional distress, suicidal crisis, or worried about someone else."
        ),
        "source_url": "https://www.samhsa.gov/find-help/988/faqs",
        "order": 10,
    },
    # crisistextline.org itself is not in the stored pages. Confirmed by
    # several pages that agree: sfisd.net (school district, reproducing
    # Crisis Text Line's own text), teenhealthfx.com (Atlantic Health),
    # alexproject.org. The opening word can be anything; HOME is the one
    # most widely published.
    {
        "country": "US",
        "name": "Crisis Text Line",
        "phone": "",
        "phone_dial": "",
        "sms_number": "741741",
        "sms_dial": "741741",
        "sms_keyword": "HOME",
        "web_url": "https://www.crisistextline.org",
        "hours": EVERY_DAY,
        "description": (
            "Free text support from a trained volunteer, for any painful "
            "feeling, when talking out loud is hard."
        ),
        # The service's own site; the stored pages above were what the number
        # and keyword were checked against.
        "source_url": "https://www.crisistextline.org/",
        "order": 20,
    },
    # US Department of Justice, Office for Victims of Crime: "call 800–799–SAFE
    # (7233), TTY 800–787–3224, text "START" to 88788, or use their live chat";
    # "available 24/7/365".
    {
        "country": "US",
        "name": "National Domestic Violence Hotline",
        "phone": "1-800-799-7233",
        "phone_dial": "18007997233",
        "sms_number": "88788",
        "sms_dial": "88788",
        "sms_keyword": "START",
        "web_url": "https://www.thehotline.org",
        "hours": EVERY_DAY,
        "description": (
            "Confidential help and safety planning for anyone being hurt, "
            "threatened or controlled by a partner or family member."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts
        "source_url": "https://www.thehotline.org/",
        "order": 30,
    },
    # ------------------------------------------------------------------ CA
    # canada.ca (Public Health Agency of Canada): "If you or someone you know
    # is in immediate danger, please call 9-1-1. If you or someone you know is
    # thinking about suicide, call or text 9-8-8. Support from a trained
    # responder is available 24 hours a day, 7 days a week through 9-8-8:
    # Suicide Crisis Helpline. Help is also available through Kids Help Phone
    # (1-800-668-6868)".
    {
        "country": "CA",
        "name": "Emergency services",
        "phone": "911",
        "phone_dial": "911",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Police, fire or ambulance when someone's life is in danger right now."
        ),
        "source_url": (
            "https://www.canada.ca/en/public-health/services/suicide-prevention/"
            "government-canada-doing-help-prevent-suicide.html"
        ),
        "order": 0,
    },
    {
        "country": "CA",
        "name": "9-8-8: Suicide Crisis Helpline",
        "phone": "9-8-8",
        "phone_dial": "988",
        "sms_number": "9-8-8",
        "sms_dial": "988",
        "sms_keyword": "",
        "web_url": "https://988.ca",
        "hours": EVERY_DAY,
        "description": (
            "Free support in English or French for anyone thinking about "
            "suicide, or worried about someone who is."
        ),
        "source_url": (
            "https://www.canada.ca/en/public-health/services/suicide-prevention/"
            "government-canada-doing-help-prevent-suicide.html"
        ),
        "order": 10,
    },
    # Phone number: canada.ca page above. Texting: kidshelpphone.ca/text-about-it
    # "Our confidential texting service is free and available across Canada
    # 24/7. ... text CONNECT to 686868."
    {
        "country": "CA",
        "name": "Kids Help Phone",
        "phone": "1-800-668-6868",
        "phone_dial": "18006686868",
        "sms_number": "686868",
        "sms_dial": "686868",
        "sms_keyword": "CONNECT",
        "web_url": "https://kidshelpphone.ca",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential support for children and young people, by "
            "phone or text, about anything big or small."
        ),
        "source_url": (
            "https://www.canada.ca/en/public-health/services/suicide-prevention/"
            "government-canada-doing-help-prevent-suicide.html"
        ),
        "order": 20,
    },
    # ------------------------------------------------------------------ GB
    # Cheshire and Wirral Partnership NHS Foundation Trust: "You should still
    # call 999 or go to A&E if you have an immediate, life-threatening
    # emergency requiring mental or physical health assistance."
    {
        "country": "GB",
        "name": "Emergency services",
        "phone": "999",
        "phone_dial": "999",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Police, fire or ambulance when someone's life is in danger right now."
        ),
        "source_url": "https://www.cwp.nhs.uk/getting-help/need-urgent-help",
        "order": 0,
    },
    # samaritans.org: "our volunteers are available 24 hours a day, every day
    # of the year to talk to you. You can ring us free on 116 123." Also the
    # contact page: "This number is free to call from both landlines and
    # mobiles ... You do not need to have any credit ... to call 116 123."
    {
        "country": "GB",
        "name": "Samaritans",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.samaritans.org",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential listening for anyone who is struggling to "
            "cope or thinking about suicide."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas
        "source_url": "https://www.samaritans.org/",
        "order": 10,
    },
    # giveusashout.org FAQ: "Shout is a free, 24/7 text messaging mental health
    # support service ... An individual will text 'SHOUT' or another partner
    # keyword to '85258'". Also cwp.nhs.uk (NHS): "Text 'SHOUT' to 85258".
    {
        "country": "GB",
        "name": "Shout",
        "phone": "",
        "phone_dial": "",
        "sms_number": "85258",
        "sms_dial": "85258",
        "sms_keyword": "SHOUT",
        "web_url": "https://giveusashout.org",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential text support for anyone in the UK who is "
            "struggling to cope."
        ),
        "source_url": "https://giveusashout.org/about-us/faq",
        "order": 20,
    },
    # refuge.org.uk: "Freephone 24-Hour National Domestic Abuse Helpline:
    # 0808 2000 247"; "visit www.nationaldahelpline.org.uk".
    {
        "country": "GB",
        "name": "National Domestic Abuse Helpline",
        "phone": "0808 2000 247",
        "phone_dial": "08082000247",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.nationaldahelpline.org.uk",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential support, run by Refuge, for women experiencing "
            "domestic abuse and for anyone worried about someone who is."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://www.refuge.org.uk/category/news/
        "source_url": "https://www.nationaldahelpline.org.uk/",
        "order": 30,
    },
    # ------------------------------------------------------------------ IE
    # HSE (Health Service Executive): "Always call 112 or 999 if someone is
    # seriously ill or injured and their life is at risk. ... Phone the
    # emergency services by calling 112 or 999 from any phone. Both numbers
    # are free of charge."
    {
        "country": "IE",
        "name": "Emergency services",
        "phone": "112",
        "phone_dial": "112",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Ambulance, Gardaí or fire service when someone's life is in "
            "danger. 999 works too; both are free from any phone."
        ),
        "source_url": "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        "order": 0,
    },
    # Irish Examiner: Samaritans Ireland volunteers respond "around the clock
    # seven days a week just like the charity's freephone helpline";
    # "since the launch of the freephone — 116 123". Also clareecho.ie:
    # "call 116 123 ... the freephone phone number to reach the Samaritans
    # ... 24 hours a day, 365 days a year", and samaritans.org (116 123 free).
    {
        "country": "IE",
        "name": "Samaritans",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.samaritans.org",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential listening for anyone who is struggling to "
            "cope or thinking about suicide."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://www.irishexaminer.com/ireland/charity-launches-email-service-as-calls-surge-to-over-625000-467986.html
        "source_url": "https://www.samaritans.org/ireland/",
        "order": 10,
    },
    # pieta.ie pages with the number were not in the stored pages. Confirmed
    # by several pages that agree: todayfm.com "contact Pieta 24/7 via the
    # Freephone crisis helpline on 1800 247 247, you can also text HELP to
    # 51444 (standard message rates apply)"; wicklownow.ie "open 24 hours a
    # day and can be reached on 1800 247 247 or text HELP to 51444".
    {
        "country": "IE",
        "name": "Pieta",
        "phone": "1800 247 247",
        "phone_dial": "1800247247",
        "sms_number": "51444",
        "sms_dial": "51444",
        "sms_keyword": "HELP",
        "web_url": "https://www.pieta.ie",
        "hours": EVERY_DAY,
        "description": (
            "Free support from qualified therapists for anyone thinking "
            "about suicide or self-harm, or bereaved by suicide."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://todayfm.com/podcasts/dave-moore/notice-listen-talk-knowing-signs-suicide
        "source_url": "https://www.pieta.ie/",
        "order": 20,
    },
    # womensaid.ie media release: "Women's Aid 24hr National Freephone
    # Helpline" ("a 24 hours a day, 7 days a week service"); the number,
    # "Women's Aid National Freephone Helpline 1800 341 900", is on
    # womensaid.ie (2009 release) and thejournal.ie ("The free 24/7
    # service – which can be contacted on 1800 341 900").
    {
        "country": "IE",
        "name": "Women's Aid 24hr National Freephone Helpline",
        "phone": "1800 341 900",
        "phone_dial": "1800341900",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.womensaid.ie",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential support for women experiencing abuse from "
            "a partner or ex-partner, and for family or friends worried "
            "about them."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/
        "source_url": "https://www.womensaid.ie/",
        "order": 30,
    },
    # ------------------------------------------------------------------ AU
    # Queensland Government: "Triple Zero is the emergency phone number in
    # Australia for police, fire fighters or ambulance. ... Calls to Triple
    # Zero are free".
    {
        "country": "AU",
        "name": "Emergency services (Triple Zero)",
        "phone": "000",
        "phone_dial": "000",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Police, fire or ambulance when someone's life is in danger right now."
        ),
        "source_url": (
            "https://www.qld.gov.au/emergency/emergencies-services/"
            "assistance/triple-000"
        ),
        "order": 0,
    },
    # Lifeline centre site (lifelineh2h.org.au): "What happens when I call
    # 13 11 14? ... the 24-hour crisis line". Text number: lifeinmind.org.au
    # (government-funded): "24 hours, 7 days: Call 13 11 14, Text 0477 13 11
    # 14, Chat"; thepushupchallenge.com.au quoting Lifeline: "All Lifeline
    # services are offered 24/7".
    {
        "country": "AU",
        "name": "Lifeline",
        "phone": "13 11 14",
        "phone_dial": "131114",
        "sms_number": "0477 13 11 14",
        "sms_dial": "0477131114",
        "sms_keyword": "",
        "web_url": "https://www.lifeline.org.au",
        "hours": EVERY_DAY,
        "description": (
            "Free crisis support and suicide prevention for anyone in "
            "Australia who is overwhelmed or struggling to cope."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/
        "source_url": "https://www.lifeline.org.au/",
        "order": 10,
    },
    # 1800respect.org.au terms: "the 1800RESPECT telephone support service
    # (1800 737 732); the 1800RESPECT text messaging service (text (SMS):
    # 0458 737 732)". Hours: plan4womenssafety.dss.gov.au (Department of
    # Social Services): "providing support 24 hours a day, seven days a week".
    {
        "country": "AU",
        "name": "1800RESPECT",
        "phone": "1800 737 732",
        "phone_dial": "1800737732",
        "sms_number": "0458 737 732",
        "sms_dial": "0458737732",
        "sms_keyword": "",
        "web_url": "https://www.1800respect.org.au",
        "hours": EVERY_DAY,
        "description": (
            "Counselling and support for anyone affected by domestic, "
            "family or sexual violence, and for people helping them."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://www.1800respect.org.au/terms-and-conditions
        "source_url": "https://www.1800respect.org.au/",
        "order": 20,
    },
    # ------------------------------------------------------------------ NZ
    # New Zealand Police: "For emergencies call 111. NOTE: 111 calls are
    # free. You can call this number on a mobile phone even if the phone is
    # out of credit." Also govt.nz: "dial 111 and the emergency operator
    # will connect you to the right place."
    {
        "country": "NZ",
        "name": "Emergency services",
        "phone": "111",
        "phone_dial": "111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Police, fire or ambulance when someone's life is in danger right now."
        ),
        "source_url": "https://www.police.govt.nz/contact-us/calling-emergency-111",
        "order": 0,
    },
    # Ministry of Health: "call or text 1737 anytime day or night to talk to a
    # trained counsellor". Also Health Minister's release (scoop.co.nz):
    # "Need to talk? 1737 is free to call or text from any landline or mobile
    # phone, 24 hours a day, 7 days a week."
    {
        "country": "NZ",
        "name": "1737 Need to talk?",
        "phone": "1737",
        "phone_dial": "1737",
        "sms_number": "1737",
        "sms_dial": "1737",
        "sms_keyword": "",
        "web_url": "",
        "hours": EVERY_DAY,
        "description": (
            "Free call or text to a trained counsellor for anyone feeling "
            "stressed, anxious, down or overwhelmed."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy
        "source_url": "https://1737.org.nz/",
        "order": 10,
    },
    # womensrefuge.org.nz: "Crisisline: 0800 REFUGE or 0800 733 843. Through
    # our crisis line, we are here to help you 24 hours a day, 7 days a
    # week." Also govt.nz: "0800 733 843 Women's Refuge crisis line — free
    # from any phone, 24 hours a day, every day."
    {
        "country": "NZ",
        "name": "Women's Refuge Crisisline",
        "phone": "0800 733 843",
        "phone_dial": "0800733843",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://womensrefuge.org.nz",
        "hours": EVERY_DAY,
        "description": (
            "Free support and safe places for women and children dealing "
            "with family violence."
        ),
        "source_url": "https://womensrefuge.org.nz/get-help/",
        "order": 20,
    },
    # lifeline.org.nz pages with the number were not in the stored pages.
    # Confirmed by several pages that agree: vice.com (2019) and
    # metronews.co.nz (2024) "Lifeline – 0800 543 354"; hours from the
    # operator's 2024 release (scoop.co.nz): "Lifeline and the Tautoko
    # suicide crisis helplines operate 24 hours a day, seven days a week".
    {
        "country": "NZ",
        "name": "Lifeline Aotearoa",
        "phone": "0800 543 354",
        "phone_dial": "0800543354",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.lifeline.org.nz",
        "hours": EVERY_DAY,
        "description": (
            "Free, confidential phone support from trained counsellors for "
            "anyone in distress or thinking about suicide."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls
        "source_url": "https://www.lifeline.org.nz/",
        "order": 30,
    },
    # ------------------------------------------------------------------ AT
    # Confirmed: "Die TelefonSeelsorge – Notruf 142 ist österreichweit seit mehr als 50
    # Jahren für Menschen
    # in schwierigen Lebenssituationen da." (press release issued by TelefonSeelsorge)
    # URL:
    # https://www.ots.at/presseaussendung/OTM_20230425_OTM0006/telefonseelsorge-seit-25-jahren-amtlicher-notruf-fuer-die-seele
    # Also: "Unter der Rufnummer 142 ist die Telefonseelsorge in ganz Österreich rund um
    # die Uhr und kostenlos
    # zu erreichen." URL: https://www.katholisch.at/telefonseelsorge (Catholic Church,
    # one of the operators;
    # this page names www.onlineberatung-telefonseelsorge.at as the online channel)
    {
        "country": "AT",
        "name": "TelefonSeelsorge – Notruf 142 (Telephone Emergency Counselling)",
        "phone": "142",
        "phone_dial": "142",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.onlineberatung-telefonseelsorge.at",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential crisis line for anyone in Austria facing a personal "
            "crisis, including thoughts of suicide; no area code needed."
        ),
        "source_url": (
            "https://www.ots.at/presseaussendung/OTM_20230425_OTM0006/telefonseelsorge-seit-25-jahren-amtlicher-notruf-fuer-die-seele"
        ),
        "order": 10,
    },
    # Confirmed: "„Hinzu kommen die Erreichbarkeit rund um die Uhr aus ganz Österreich
    # zum Nulltarif sowie die
    # Tatsache, dass ein Anruf bei 147 nicht in der Telefonrechnung aufscheint." (Rat
    # auf Draht's own press page)
    # URL: https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147
    {
        "country": "AT",
        "name": "Rat auf Draht 147 (helpline for children and young people)",
        "phone": "147",
        "phone_dial": "147",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.rataufdraht.at",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous emergency helpline for children and teenagers with any "
            "worry, including self-harm or suicidal thoughts."
        ),
        "source_url": (
            "https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147"
        ),
        "order": 20,
    },
    # ------------------------------------------------------------------ BE
    # Confirmed: "Ligne de crise 0800 32 123 — Quelqu'un vous écoute, 24 heures sur 24,
    # dans l'anonymat"
    # URL: http://www.preventionsuicide.be/fr/activitescps/ligne0800.html (Centre de
    # Prévention du Suicide, official)
    {
        "country": "BE",
        "name": (
            "Centre de Prévention du Suicide – Ligne de crise (Suicide Prevention "
            "Centre)"
        ),
        "phone": "0800 32 123",
        "phone_dial": "080032123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.preventionsuicide.be",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous French-language crisis line for people having suicidal "
            "thoughts, their relatives and the bereaved."
        ),
        "source_url": "http://www.preventionsuicide.be/fr/activitescps/ligne0800.html",
        "order": 10,
    },
    # Confirmed (non-official pages): "Tele-Onthaal en het Centrum ter Preventie van
    # Zelfdoding zijn voortaan
    # gratis te bereiken via het gratis noodnummer 1813." and "Mensen in suïcidale
    # crisis kunnen voortaan de klok
    # rond terecht op 1813." URL:
    # https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813
    # Also: "Wie met vragen zit rond zelfdoding kan terecht op de Zelfmoordlijn, op het
    # gratis nummer 1813, of op
    # www.zelfmoord1813.be." URL: https://www.nieuwsblad.be/cnt/dmf20190909_04598208
    # The official site thinklife.zelfmoord1813.be/disclaimer was read but its text does
    # not state the number
    # outside the domain name; number confirmed only on news pages (VTM, Nieuwsblad, De
    # Standaard).
    # The number as confirmed here, on a page that is not the service's own:
    # https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813
    {
        "country": "BE",
        "name": "Zelfmoordlijn 1813 (Suicide Line, Flanders)",
        "phone": "1813",
        "phone_dial": "1813",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.zelfmoord1813.be",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous Dutch-language line for anyone thinking about suicide or "
            "worried about someone else."
        ),
        "source_url": "https://www.zelfmoord1813.be",
        "order": 20,
    },
    # Confirmed: "U kunt Tele-onthaal op het telefoonnummer 106 bereiken, dag en nacht,
    # 7 dagen op 7."
    # URL:
    # https://www.opwijk.be/erkenning-en-subsidiering-van-de-centra-voor-tele-onthaal
    # (municipal government page)
    # Also: "Wie nood heeft aan een gesprek kan gratis en anoniem bellen naar 106 of
    # chatten via tele-onthaal.be."
    # URL:
    # https://focus-wtv.be/nieuws/meer-oproepen-voor-tele-onthaal-vlaanderen-met-extra-geld-vrij
    # (2025)
    # (French-speaking equivalent Télé-Accueil 107 was also confirmed on rtbf.be but
    # left out: max 3 per country.)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.opwijk.be/erkenning-en-subsidiering-van-de-centra-voor-tele-onthaal
    {
        "country": "BE",
        "name": "Tele-Onthaal 106 (emotional support line, Dutch)",
        "phone": "106",
        "phone_dial": "106",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.tele-onthaal.be",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous listening line in Dutch for anyone who needs to talk about"
            " a problem or a hard moment."
        ),
        "source_url": "https://www.tele-onthaal.be",
        "order": 30,
    },
    # ------------------------------------------------------------------ DE
    # Confirmed: "Die TelefonSeelsorge betreibt in ganz Deutschland ... und ist zentral
    # über die Telefonnummern
    # (0800) 111 0 111 oder (0800) 111 0 222 gebührenfrei, anonym und rund um die Uhr
    # erreichbar."
    # URL:
    # http://www.ekkw.de./telefonseelsorge-seit-60-jahren-fuer-menschen-in-schwierigen-situationen-da
    # (Protestant church of Kurhessen-Waldeck, one of the operating churches;
    # telefonseelsorge.de itself not read)
    # Also: domradio.de: "Die Telefonseelsorge ist unter den Nummern 0800/1110111 und
    # 0800/1110222 rund um die Uhr
    # kostenfrei und anonym erreichbar." URL:
    # https://www.domradio.de/glossar/telefonseelsorge-0
    # The number as confirmed here, on a page that is not the service's own:
    # http://www.ekkw.de./telefonseelsorge-seit-60-jahren-fuer-menschen-in-schwierigen-situationen-da
    {
        "country": "DE",
        "name": "TelefonSeelsorge (telephone counselling)",
        "phone": "0800 111 0 111",
        "phone_dial": "08001110111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefonseelsorge.de",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous listening and crisis support for anyone struggling, "
            "including people with suicidal thoughts."
        ),
        "source_url": "https://www.telefonseelsorge.de",
        "order": 10,
    },
    # Same service, second national number. Same quote and URL as above:
    # "... zentral über die Telefonnummern (0800) 111 0 111 oder (0800) 111 0 222
    # gebührenfrei, anonym und rund um
    # die Uhr erreichbar." URL:
    # http://www.ekkw.de./telefonseelsorge-seit-60-jahren-fuer-menschen-in-schwierigen-situationen-da
    # The number as confirmed here, on a page that is not the service's own:
    # http://www.ekkw.de./telefonseelsorge-seit-60-jahren-fuer-menschen-in-schwierigen-situationen-da
    {
        "country": "DE",
        "name": "TelefonSeelsorge (second number)",
        "phone": "0800 111 0 222",
        "phone_dial": "08001110222",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefonseelsorge.de",
        "hours": "24 hours, every day",
        "description": (
            "Alternative free number for the same national counselling service; try it "
            "if the first number is busy."
        ),
        "source_url": "https://www.telefonseelsorge.de",
        "order": 20,
    },
    # Confirmed: "Unter 116 111 stehen euch die Beraterinnen und Berater anonym und
    # kostenlos zur Seite."
    # (on-screen: "Sprechzeiten Mo-Sa 14-20 Uhr; Mo, Mi, Do 10-12 Uhr")
    # URL:
    # https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556
    # (Federal Family Ministry)
    # WEAK: hours only - the ministry page dates from 2020; 2008 Telekom release and
    # sozialspende.de give Mon-Sat 14-20.
    {
        "country": "DE",
        "name": (
            "Nummer gegen Kummer – Kinder- und Jugendtelefon (children and youth "
            "helpline)"
        ),
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.nummergegenkummer.de",
        "hours": "Mon-Sat 14:00-20:00 (some weekday mornings 10:00-12:00)",
        "description": (
            "Free, anonymous helpline for children and teenagers who need someone to "
            "talk to about any worry."
        ),
        "source_url": (
            "https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556"
        ),
        "order": 30,
    },
    # ------------------------------------------------------------------ FR
    # Confirmed: "Le 3114 est un numéro de téléphone gratuit, accessible 24 heures sur
    # 24 et 7 jours sur 7."
    # URL: https://www.service-public.fr/particuliers/actualites/A15206 (government)
    # Also: "Numéro d'appel : 3114 / Horaires : 24h/24 et 7j/7" URL:
    # https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide
    {
        "country": "FR",
        "name": (
            "3114 – Numéro national de prévention du suicide (national suicide "
            "prevention line)"
        ),
        "phone": "3114",
        "phone_dial": "3114",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://3114.fr",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential line staffed by mental health professionals for people "
            "with suicidal thoughts, their families and the bereaved."
        ),
        "source_url": "https://www.service-public.fr/particuliers/actualites/A15206",
        "order": 10,
    },
    # Confirmed only on non-official pages: "Par téléphone 24h sur 24 et 7 jours sur 7.
    # L'association a un numéro
    # commun : le 09 72 39 40 50" URL:
    # https://www.francebleu.fr/infos/societe/sos-amitie-croule-sous-les-appels-d-un-nouveau-public-depuis-le-debut-du-confinement-1585652341
    # Also francetvinfo.fr (2021): "Partout en France, vous pouvez les appeler le 09 72
    # 39 40 50".
    # SOS Amitié's own page chat-accueil.org/nous-connaitre confirms 24/7 phone
    # listening but its excerpt has no number.
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.francebleu.fr/infos/societe/sos-amitie-croule-sous-les-appels-d-un-nouveau-public-depuis-le-debut-du-confinement-1585652341
    {
        "country": "FR",
        "name": "SOS Amitié (emotional support line)",
        "phone": "09 72 39 40 50",
        "phone_dial": "0972394050",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sos-amitie.com",
        "hours": "24 hours, every day",
        "description": (
            "Anonymous listening by trained volunteers for anyone feeling lonely, "
            "distressed or thinking about suicide."
        ),
        "source_url": "https://www.sos-amitie.com",
        "order": 20,
    },
    # WEAK: confirmed only on non-official pages. "Les jeunes désirant dialoguer sur le
    # sujet peuvent appeler le
    # 0 800 235 236" and "le Fil Santé Jeunes propose un service anonyme et gratuit pour
    # les 12-25 ans tous les jours
    # de 9 h à 23 h." URL:
    # https://axaprevention.fr/fr/article/prevention-suicide-journee-mondiale
    # A second (student-services) page gave the same number and "9h à 23h"; no official
    # Fil Santé Jeunes page read.
    # The number as confirmed here, on a page that is not the service's own:
    # https://axaprevention.fr/fr/article/prevention-suicide-journee-mondiale
    # The service's own site as widely published; not read here: check it.
    {
        "country": "FR",
        "name": "Fil Santé Jeunes (youth health line, ages 12-25)",
        "phone": "0 800 235 236",
        "phone_dial": "0800235236",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.filsantejeunes.com",
        "hours": "Every day 09:00-23:00",
        "description": (
            "Free, anonymous line for young people aged 12 to 25 to talk about mental "
            "health, wellbeing or any other worry."
        ),
        "source_url": "https://www.filsantejeunes.com",
        "order": 30,
    },
    # ------------------------------------------------------------------ LU
    # Number confirmed: "Die Rufnummer 45 45 45 bleibt ein wichtiger Bestandteil der
    # emotionalen Unterstützung in
    # Luxemburg." URL:
    # https://www.tageblatt.lu/headlines/wenn-worte-heilen-sos-detresse-gibt-einblick-in-ihre-zahlen
    # (2025)
    # Official site 454545.lu read (history page) - its excerpt does not print the
    # number outside the domain.
    # WEAK: hours - "Unter der Nummer 45 45 45 ... dies täglich von 11 bis 23 Uhr, an
    # Wochenenden zusätzlich von 23
    # bis 7 Uhr" URL:
    # https://www.wort.lu/de/lokales/sorgen-an-weihnachten-sos-detresse-offenes-ohr-bei-einsamkeit-und-co-567ab6040da165c55dc50041
    # (article from 2015; current hours not confirmed).
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.tageblatt.lu/headlines/wenn-worte-heilen-sos-detresse-gibt-einblick-in-ihre-zahlen
    {
        "country": "LU",
        "name": "SOS Détresse – Hëllef iwwer Telefon (telephone help)",
        "phone": "45 45 45",
        "phone_dial": "454545",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://454545.lu",
        "hours": (
            "Daily 11:00-23:00, plus overnight at weekends (2015 info; check 454545.lu)"
        ),
        "description": (
            "Anonymous listening for adults in emotional distress or suicidal crisis, "
            "in Luxembourgish, German, French and English."
        ),
        "source_url": "https://454545.lu",
        "order": 10,
    },
    # Confirmed: "Der Telefonberatungsdienst für Kinder und Jugendliche 1 1 6 1 1 1
    # wurde durch die webbasierte
    # Online Help (www.kjt.lu) erweitert." URL: https://www.kjt.lu/de/wer-wir-sind/
    # (official)
    # WEAK: hours - opening hours not found in any page read.
    {
        "country": "LU",
        "name": "Kanner-Jugendtelefon (KJT, children and youth helpline)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.kjt.lu",
        "hours": "Hours not confirmed; see kjt.lu",
        "description": (
            "Anonymous phone and online counselling for children and teenagers with "
            "everyday worries, problems or crises."
        ),
        "source_url": "https://www.kjt.lu/de/wer-wir-sind/",
        "order": 20,
    },
    # ------------------------------------------------------------------ NL
    # Confirmed: "Denk je aan zelfdoding? We zijn er voor je. Je kunt met ons geheel
    # anoniem bellen of chatten.
    # Bel gratis 113" URL: https://www.113.nl/schoolopdracht (official)
    # Also (2025): "Mensen met zelfdodingsgedachten kunnen het hulpnummer 113 voortaan
    # gratis bellen." and
    # "Bel dan 24/7 gratis en anoniem 113 of chat op 113.nl" URL:
    # https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt
    {
        "country": "NL",
        "name": "113 Zelfmoordpreventie (suicide prevention line)",
        "phone": "113",
        "phone_dial": "113",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.113.nl",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous national line for people thinking about suicide and for "
            "those worried about someone."
        ),
        "source_url": "https://www.113.nl/schoolopdracht",
        "order": 10,
    },
    # Confirmed (non-official): "Sinds 1 juli is de stichting bereikbaar via 113 en via
    # 0800-0113." and
    # "Bel je naar 0800-0113, dan is dat wel gratis." URL:
    # https://www.hartvannederland.nl/nieuws/2020/telefoonnummer-113-zelfmoordpreventie/
    # Also 2025: "We hebben altijd 0800-0113 vooropgezet in onze communicatie" (113's
    # director, upday.com, URL above).
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.hartvannederland.nl/nieuws/2020/telefoonnummer-113-zelfmoordpreventie/
    {
        "country": "NL",
        "name": "113 Zelfmoordpreventie (free 0800 number)",
        "phone": "0800-0113",
        "phone_dial": "08000113",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.113.nl",
        "hours": "24 hours, every day",
        "description": (
            "Alternative free number for the same national suicide prevention line."
        ),
        "source_url": "https://www.113.nl",
        "order": 20,
    },
    # Confirmed only on non-official pages: "De lijn is dag en nacht bereikbaar voor een
    # vertrouwelijk gesprek per
    # telefoon (088-0767 000), chat of mail." URL:
    # https://www.zeelandnet.nl/nieuws/luisterlijn-voert-nog-heel-veel-gesprekken-en-zoekt-vrijwilligers
    # Also NRC 2021: "Het nummer (088 0767 000) is 24 uur per dag bereikbaar."
    # (An Omroep Zeeland article from 2020 gives the older number 0900-0767; newer
    # sources all give 088 0767 000.)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.zeelandnet.nl/nieuws/luisterlijn-voert-nog-heel-veel-gesprekken-en-zoekt-vrijwilligers
    {
        "country": "NL",
        "name": "De Luisterlijn (listening line)",
        "phone": "088 0767 000",
        "phone_dial": "0880767000",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.deluisterlijn.nl",
        "hours": "24 hours, every day",
        "description": (
            "Confidential conversation with a trained volunteer for anyone who is "
            "lonely, worried or needs to talk."
        ),
        "source_url": "https://www.deluisterlijn.nl",
        "order": 30,
    },
    # ------------------------------------------------------------------ IT
    # Confirmed only on non-official pages: "quasi 95mila sono arrivate attraverso il
    # servizio telefonico
    # (raggiungibile allo 02 2327 2327)" URL:
    # https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/
    # Hours: "Il numero unico di Telefono Amico Italia solitamente è attivo dalle 10
    # alle 24"
    # URL: https://www.tpi.it/news/solo-a-natale-telefono-amico-20211215850521/ (2021)
    # WEAK: hours - official telefonoamico.it not read; hours from 2020-2021 news.
    # The number as confirmed here, on a page that is not the service's own:
    # https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/
    {
        "country": "IT",
        "name": "Telefono Amico Italia (emotional support line)",
        "phone": "02 2327 2327",
        "phone_dial": "0223272327",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefonoamico.it",
        "hours": "Every day 10:00-24:00",
        "description": (
            "Anonymous listening by volunteers for anyone feeling lonely or in "
            "emotional distress; normal call charges may apply."
        ),
        "source_url": "https://www.telefonoamico.it",
        "order": 10,
    },
    # Confirmed only on non-official pages: "Per accedere al Servizio di Ascolto sarà
    # necessario chiamare il numero
    # gratuito 1 96 96, attivo tutti i giorni 24 ore su 24, da rete fissa e mobile o
    # scrivendo via chat sul sito
    # www.azzurro.it." URL:
    # https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo
    # Also avvenire.it: "La Linea gratuita 1.96.96 ... operative 24 ore su 24".
    # The number as confirmed here, on a page that is not the service's own:
    # https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo
    {
        "country": "IT",
        "name": "Telefono Azzurro – Linea di ascolto 1.96.96 (children and youth line)",
        "phone": "19696",
        "phone_dial": "19696",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.azzurro.it",
        "hours": "24 hours, every day",
        "description": (
            "Free helpline for children and teenagers in difficulty, and for adults "
            "worried about a child."
        ),
        "source_url": "https://www.azzurro.it",
        "order": 20,
    },
    # ------------------------------------------------------------------ ES
    # Confirmed on non-official pages (public broadcaster / news quoting the Ministry of
    # Health):
    # "El Ministerio de Sanidad ha presentado ... la línea 024 de atención a las
    # conductas suicidas" and
    # "será gratuito, accesible, anónimo y confidencial y que estará disponible las 24
    # horas"
    # URL:
    # https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml
    # Also: "La Línea 024, de Atención a la Conducta Suicida, está en funcionamiento las
    # 24 horas del día, los 7 días
    # de la semana" URL:
    # https://soydemadrid.com/noticia-comunidad-de-madrid/cuatro-meses-del-024-mas-de-500-suicidios-identificados-70252.aspx
    # (sanidad.gob.es page itself not read)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml
    # The service's own site as widely published; not read here: check it.
    {
        "country": "ES",
        "name": "024 – Línea de atención a la conducta suicida (suicide crisis line)",
        "phone": "024",
        "phone_dial": "024",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sanidad.gob.es/linea024/",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential national line run for the Ministry of Health for people"
            " at risk of suicide and their families."
        ),
        "source_url": "https://www.sanidad.gob.es/linea024/",
        "order": 10,
    },
    # Confirmed only on non-official pages: "trabaja diariamente para prevenir el
    # suicidio con el funcionamiento de
    # su teléfono, el 717 003 717, que está disponible las 24 horas del día"
    # URL: https://teleonuba.es/el-telefono-de-la-esperanza-una-llamada-que-salva-vidas/
    # (2025)
    # Also maldita.es: "el Teléfono de la Esperanza, con el que puedes contactar
    # llamando al 91 459 00 55 o al 717 003 717"
    # The number as confirmed here, on a page that is not the service's own:
    # https://teleonuba.es/el-telefono-de-la-esperanza-una-llamada-que-salva-vidas/
    {
        "country": "ES",
        "name": "Teléfono de la Esperanza (crisis support line)",
        "phone": "717 003 717",
        "phone_dial": "717003717",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefonodelaesperanza.org",
        "hours": "24 hours, every day",
        "description": (
            "Volunteer-run line offering emotional support to people in personal "
            "crisis, including those thinking about suicide."
        ),
        "source_url": "https://www.telefonodelaesperanza.org",
        "order": 20,
    },
    # Confirmed: "The number you should call is SNS 24 – 808242424. Then you should
    # select option 4 (psychological
    # counseling)." and "The service is available 24/7." URL:
    # https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/
    # (official)
    {
        "country": "PT",
        "name": (
            "SNS 24 – Aconselhamento Psicológico (psychological counselling, option 4)"
        ),
        "phone": "808 24 24 24",
        "phone_dial": "808242424",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sns24.gov.pt",
        "hours": "24 hours, every day",
        "description": (
            "National health line; choose option 4 to reach a clinical psychologist for"
            " support in acute distress."
        ),
        "source_url": (
            "https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/"
        ),
        "order": 20,
    },
    # Confirmed only on non-official pages: "Habitualmente, a SOS Voz Amiga funciona
    # diariamente entre as 15:30 e as
    # 00:30, através dos números 213544545, 912802669, 963524660 e 930712500."
    # URL:
    # https://saudeonline.pt/sos-voz-amiga-em-jornada-de-48-horas-para-assinalar-dia-mundial-da-prevencao-do-suicidio
    # (2025)
    # Same numbers/hours in dn.pt (2025) and 24noticias.sapo.pt (2025, which names
    # sosvozamiga.org).
    # The number as confirmed here, on a page that is not the service's own:
    # https://saudeonline.pt/sos-voz-amiga-em-jornada-de-48-horas-para-assinalar-dia-mundial-da-prevencao-do-suicidio
    {
        "country": "PT",
        "name": "SOS Voz Amiga (emotional support line)",
        "phone": "213 544 545",
        "phone_dial": "213544545",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sosvozamiga.org",
        "hours": "Every day 15:30-00:30",
        "description": (
            "Anonymous volunteer listening line for people suffering from loneliness, "
            "anxiety, depression or at risk of suicide."
        ),
        "source_url": "https://www.sosvozamiga.org",
        "order": 30,
    },
    # ------------------------------------------------------------------ CY
    # Confirmed: "Hope For Children Helpline 1466: Open 24/7, this helpline provides
    # psychological, social, and legal
    # support, advice, and guidance on child protection issues free of charge to all
    # children and families in Cyprus."
    # URL:
    # https://www.cbn.com.cy/article/2024/5/17/775594/hope-for-children-celebrates-international-child-helpline-day/
    # Official (Greek): "Γραμμή Βοήθειας “Hope For Children” 1466: ... ώστε να
    # λειτουργεί σε 24ωρη βάση, 365 μέρες το
    # χρόνο, χωρίς χρέωση σε όποιον καλεί." URL:
    # https://uncrcpc.org.cy/article/to-hope-for-children-giortazei-ti-diethni-imera-tilef
    # Note: this is a child/family line, not a general adult suicide line (none could be
    # confirmed for Cyprus).
    # The number as confirmed here, on a page that is not the service's own:
    # https://uncrcpc.org.cy/article/to-hope-for-children-giortazei-ti-diethni-imera-tilef
    {
        "country": "CY",
        "name": "Hope For Children Helpline 1466",
        "phone": "1466",
        "phone_dial": "1466",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.uncrcpc.org.cy",
        "hours": "24 hours, every day",
        "description": (
            "Free line giving psychological, social and legal support to children and "
            "families in Cyprus, including in a crisis."
        ),
        "source_url": "https://www.uncrcpc.org.cy",
        "order": 10,
    },
    # Confirmed: "European Helpline for Children and Adolescents 116 111: Available
    # Monday to Friday from 12:00 to
    # 20:00, and Saturdays from 9:30 to 14:00, this line, operated by HFC and the
    # Association for the Prevention and
    # Handling of Violence in the Family (SPAVO)..."
    # URL:
    # https://www.cbn.com.cy/article/2024/5/17/775594/hope-for-children-celebrates-international-child-helpline-day/
    # (news page reproducing the HFC announcement)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.cbn.com.cy/article/2024/5/17/775594/hope-for-children-celebrates-international-child-helpline-day/
    {
        "country": "CY",
        "name": "European Helpline for Children and Adolescents 116 111",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.uncrcpc.org.cy",
        "hours": "Mon-Fri 12:00-20:00, Sat 09:30-14:00",
        "description": (
            "Free, confidential line where children and teenagers can talk about "
            "anything that worries them."
        ),
        "source_url": "https://www.uncrcpc.org.cy",
        "order": 20,
    },
    # ------------------------------------------------------------------ GR
    # Confirmed only on non-official pages: "Εξίσου κρίσιμη είναι η Γραμμή Παρέμβασης
    # για την Αυτοκτονία 1018 της
    # ΜΚΟ «Κλίμακα», που λειτουργεί όλο το 24ωρο για άτομα σε κρίση."
    # URL:
    # https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464
    # (2025)
    # Also: "η ΚΛΙΜΑΚΑ λειτουργεί από το 2007 τη μοναδική στην Ελλάδα τηλεφωνική Γραμμή
    # Παρέμβασης για την
    # Αυτοκτονία 1018" URL: http://www.encephalos.gr/48-4-04g.htm (journal article by a
    # Klimaka psychiatrist)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464
    # The service's own site as widely published; not read here: check it.
    {
        "country": "GR",
        "name": (
            "Γραμμή Παρέμβασης για την Αυτοκτονία 1018 – ΚΛΙΜΑΚΑ (Suicide Intervention "
            "Line, Klimaka)"
        ),
        "phone": "1018",
        "phone_dial": "1018",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.klimaka.org.gr",
        "hours": "24 hours, every day",
        "description": (
            "Line staffed by psychiatrists and psychologists for people thinking about "
            "suicide and for worried relatives."
        ),
        "source_url": "https://www.klimaka.org.gr",
        "order": 10,
    },
    # Confirmed: "The National Helpline Children SOS 1056 is available 24 hours a day,
    # free of charge for both mobile
    # and landline callers." (press release by The Smile of the Child, 2020) URL:
    # http://globalsustain.org/en/story/15243
    # Also flash.gr (2025): "Η αναγνωρισμένη ως Εθνική Τηλεφωνική Γραμμή για τα Παιδιά
    # SOS 1056 λειτουργεί από
    # «Χαμόγελο του Παιδιού»"
    # The number as confirmed here, on a page that is not the service's own:
    # http://globalsustain.org/en/story/15243
    # The service's own site as widely published; not read here: check it.
    {
        "country": "GR",
        "name": (
            "Εθνική Τηλεφωνική Γραμμή για τα Παιδιά SOS 1056 – Το Χαμόγελο του Παιδιού "
            "(National Helpline for Children)"
        ),
        "phone": "1056",
        "phone_dial": "1056",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.hamogelo.gr",
        "hours": "24 hours, every day",
        "description": (
            "Free line run by The Smile of the Child for children, teenagers and adults"
            " with concerns about a child's safety or wellbeing."
        ),
        "source_url": "https://www.hamogelo.gr",
        "order": 30,
    },
    # ===================== DENMARK (DK) =====================
    # WEAK: number confirmed only on non-official pages; the livslinien.dk pages in the
    # corpus (history / volunteer articles) did not show the number or opening hours.
    # https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/
    #   "The helpline is open every day from 11:00 to 19:00 (telephone number: 7020
    # 1201)" (2015, hours outdated)
    # https://nordicstoday.com/article/dk-denmark-hotline-crisis-25-callers-make-62-of-contacts
    #   "Each call to Livslinien represents someone dialing 70 201 201" (recent news)
    # Hours NOT confirmed for today (night opening has depended on yearly funding).
    # The number as confirmed here, on a page that is not the service's own:
    # https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/
    {
        "country": "DK",
        "name": "Livslinien (Danish suicide-prevention helpline)",
        "phone": "70 201 201",
        "phone_dial": "70201201",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.livslinien.dk",
        "hours": "Every day; current opening hours not confirmed - check livslinien.dk",
        "description": (
            "Anonymous phone counselling from trained volunteers for people having "
            "suicidal thoughts and for worried relatives."
        ),
        "source_url": "https://www.livslinien.dk",
        "order": 10,
    },
    # Confirmed on non-official pages (Child Helpline International member story written
    # by
    # Børns Vilkår, and B.T. news); bornsvilkar.dk page read did not show the number.
    # https://www.bt.dk/samfund/boernetelefonen-har-modtaget-15-procent-flere-opkald-i-juledagene-et-emne-gaar
    #   "BørneTelefonen har eksisteret siden 1987 og har døgnåbent året rundt. Tjenesten
    # kan kontaktes på telefonnummer 11 61 11."
    # https://childhelplineinternational.org/20-years-20-voices-borns-vilkar-denmark/
    #   "BørneTelefonen (Child Helpline) is now open 24 hours a day, every day of the
    # year."
    # The number as confirmed here, on a page that is not the service's own:
    # https://childhelplineinternational.org/20-years-20-voices-borns-vilkar-denmark/
    {
        "country": "DK",
        "name": "BørneTelefonen - Børns Vilkår (Child Helpline)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://bornsvilkar.dk",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous line where children and teenagers can talk with an adult "
            "volunteer about anything that worries them."
        ),
        "source_url": "https://bornsvilkar.dk",
        "order": 20,
    },
    # ===================== FINLAND (FI) =====================
    # Official: http://mieli.fi/helpline
    #   "MIELI Crisis Helpline offers help also in Finnish (09 2525 0111), Swedish (09
    # 2525 0112), ..."
    # 24h confirmed on news pages:
    # https://www.karjalainen.fi/uutiset/uutis-alueet/kotimaa/item/271836
    #   "Kriisipuhelin päivystää suomeksi vuorokauden ympäri numerossa 09 2525 0111."
    # and https://mentalhealth.fi/where-to-go-in-an-emergency
    #   "provides assistance in Finnish 24 hours a day (phone +358 9 2525 0111)"
    {
        "country": "FI",
        "name": "MIELI Kriisipuhelin (MIELI Mental Health Finland Crisis Helpline)",
        "phone": "09 2525 0111",
        "phone_dial": "0925250111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://mieli.fi",
        "hours": "24 hours, every day (Finnish-language line)",
        "description": (
            "Confidential crisis conversations with trained staff and volunteers for "
            "anyone in distress, including suicidal thoughts."
        ),
        "source_url": "http://mieli.fi/helpline",
        "order": 10,
    },
    # WEAK (hours only): MLL press release on STT Info (MLL's own release).
    # https://www.sttinfo.fi/tiedote/71614865/mlln-lasten-ja-nuorten-puhelimen-maratonpaivystys-muistuttaa-lapsen-oikeudesta-tulla-kuulluksi?lang=fi
    #   "Lasten ja nuorten puhelin päivystää vuoden jokaisena päivänä numerossa 116
    # 111."
    #   "Nuorten tukilinjalla 116 111 päivystävät ammattilaiset joka ilta klo 24
    # saakka."
    # Start times differ by day/season (older MLL pages: weekdays from 14, weekends from
    # 17).
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.sttinfo.fi/tiedote/71614865/mlln-lasten-ja-nuorten-puhelimen-maratonpaivystys-muistuttaa-lapsen-oikeudesta-tulla-kuulluksi?lang=fi
    {
        "country": "FI",
        "name": (
            "MLL:n Lasten ja nuorten puhelin (MLL Helpline for Children and Young "
            "People)"
        ),
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.mll.fi",
        "hours": (
            "Every day, afternoon/evening until 24:00; start time varies - check mll.fi"
        ),
        "description": (
            "Free, anonymous phone line for children and young people to talk about any"
            " worry with a trained adult."
        ),
        "source_url": "https://www.mll.fi",
        "order": 20,
    },
    # ===================== SWEDEN (SE) =====================
    # Mind's own newsroom:
    # https://newsroom.notified.com/mind-1/posts/pressreleases/vasterbotten-har-bast-psykisk-halsa-enligt-mi
    #   "Våra stödverksamheter bemannas av volontärer: Självmordslinjen (tel: 90101
    # chatt: mind.se)"
    # Also http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html
    #   "Mind Självmordslinjen Tel 90101." ... "ringa, chatta eller mejla anonymt till
    # Minds volontärer dygnet runt, alla dagar."
    # 24h since 1 June 2020:
    # https://omtanke.today/sjalvmordslinjen-kan-bara-ta-emot-vart-femte-samtal/
    #   "Den 1 juni öppnar därför Minds självmordslinje för stöd via telefon och chatt
    # dygnet runt, varje dag."
    # The number as confirmed here, on a page that is not the service's own:
    # https://newsroom.notified.com/mind-1/posts/pressreleases/vasterbotten-har-bast-psykisk-halsa-enligt-mi
    {
        "country": "SE",
        "name": "Mind Självmordslinjen (Suicide Line)",
        "phone": "90101",
        "phone_dial": "90101",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://mind.se",
        "hours": "24 hours, every day",
        "description": (
            "Anonymous support by phone or chat for people with suicidal thoughts and "
            "for those worried about someone."
        ),
        "source_url": "https://mind.se",
        "order": 10,
    },
    # Official:
    # https://www.bris.se/om-bris/aktuellt/bris-har-starkt-den-nationella-stodlinjen-for-barn-med-en-sms-kanal/
    #   "kurativa kontakter med barn i den nationella stödlinjen 116 111" ... "utöka
    # till dygnet runt-öppet"
    # Also https://8sidor.se/sverige/2025/08/manga-barn-ringde-till-bris/ "Bris har
    # öppet dygnet runt. Telefonnumret är 116 111."
    {
        "country": "SE",
        "name": "Bris - Barnens Rätt i Samhället (national support line for children)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.bris.se",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous support from counsellors for anyone under 18, by phone, "
            "chat or email."
        ),
        "source_url": (
            "https://www.bris.se/om-bris/aktuellt/bris-har-starkt-den-nationella-stodlinjen-for-barn-med-en-sms-kanal/"
        ),
        "order": 20,
    },
    # ===================== NORWAY (NO) =====================
    # Official (government health portal):
    # https://helsenorge.no/sykdom/psykiske-lidelser/depresjon/selvmord-og-selvmordstanker
    #   "Hjelpetelefoner • Mental Helse: 116 123"
    # 24h:
    # https://www.vindafjord.kommune.no/helse-og-velferd/aktuelt-helse-og-velferd/snakk-om-sjolvmordstankar-det-kan-redda-liv.495894.aspx
    #   "Mental Helse Hjelpetelefonen Ring telefon 116 123 (heile døgnet)"
    {
        "country": "NO",
        "name": "Mental Helse Hjelpetelefonen",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://sidetmedord.no",
        "hours": "24 hours, every day",
        "description": (
            "Free helpline for anyone who needs someone to talk to, including people "
            "with suicidal thoughts; chat also offered."
        ),
        "source_url": (
            "https://helsenorge.no/sykdom/psykiske-lidelser/depresjon/selvmord-og-selvmordstanker"
        ),
        "order": 10,
    },
    # Official (Kirkens SOS site, North Sami section):
    # https://www.girku-sos.no/nordsamisk/telefon
    #   "Telefonnummeret til vår krisetelefon er: 22 40 00 40. Telefonen vår er åpen
    # hver dag, hele døgnet"
    # Also listed on helsenorge.no: "Kirkens SOS: 22 40 00 40"
    {
        "country": "NO",
        "name": "Kirkens SOS krisetelefon",
        "phone": "22 40 00 40",
        "phone_dial": "22400040",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.kirkens-sos.no",
        "hours": "24 hours, every day",
        "description": (
            "Anonymous crisis line staffed by trained volunteers who listen to anyone "
            "in emotional or existential crisis."
        ),
        "source_url": "https://www.girku-sos.no/nordsamisk/telefon",
        "order": 20,
    },
    # Number official: helsenorge.no page above: "Røde Kors: 800 33 321"
    # WEAK (hours only): hours from news, date unknown:
    # https://www.tv2.no/nyheter/viral/reagerer-pa-mental-helse-tjeneste-kan-vaere-farlig/15883317/
    #   "Kors På Halsen: 800 33 321 (Chat er åpen alle dager 16-22, telefon er åpen
    # hverdager 16-22)"
    # The number as confirmed here, on a page that is not the service's own:
    # https://helsenorge.no/sykdom/psykiske-lidelser/depresjon/selvmord-og-selvmordstanker
    # The service's own site as widely published; not read here: check it.
    {
        "country": "NO",
        "name": "Kors på halsen - Røde Kors (Red Cross line for children and youth)",
        "phone": "800 33 321",
        "phone_dial": "80033321",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.korspahalsen.no",
        "hours": "Reported weekdays 16:00-22:00 (not confirmed on official page)",
        "description": (
            "Free, anonymous Red Cross talk line for children and young people up to 18"
            " with any worry."
        ),
        "source_url": "https://www.korspahalsen.no",
        "order": 30,
    },
    # ===================== ICELAND (IS) =====================
    # Official (Icelandic Red Cross):
    # https://www.raudikrossinn.is/um-okkur/frettir-og-utgefid-efni/frettayfirlit/almennar-frettir/felagsmalaraduneytid-stydur-vid-1717
    #   "Hjálparsíminn 1717 og netspjallið 1717.is er opið allan sólarhringinn"
    # Also https://www.raudikrossinn.is/frettir/kopavogsdeild/2008
    #   "Hjálparsími Rauða krossins 1717 er opinn allan sólarhringinn fyrir þá sem þurfa
    # aðstoð vegna depurðar, kvíða, þunglyndis eða sjálfsvígshugsana."
    {
        "country": "IS",
        "name": "Hjálparsími Rauða krossins 1717 (Red Cross Helpline)",
        "phone": "1717",
        "phone_dial": "1717",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.1717.is",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential Red Cross line offering a listening ear and referrals "
            "for people feeling low, anxious or suicidal."
        ),
        "source_url": (
            "https://www.raudikrossinn.is/um-okkur/frettir-og-utgefid-efni/frettayfirlit/almennar-frettir/felagsmalaraduneytid-stydur-vid-1717"
        ),
        "order": 10,
    },
    # Confirmed only on non-official pages (news quoting the Government of Iceland
    # site).
    # https://www.dv.is/frettir/2025/11/10/pieta-samtokin-fa-35-milljona-krona-styrk/
    #   "Píeta-samtökin reka líka hjálparsíma sem er alltaf opinn (sími 552-2218)"
    # Also https://varnish-22.visir.is/g/20212094302d/opna-pieta-hus-a-akureyri-i-sumar
    #   "Píetasíminn 5522218 er opinn allan sólarhringinn"
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.dv.is/frettir/2025/11/10/pieta-samtokin-fa-35-milljona-krona-styrk/
    {
        "country": "IS",
        "name": "Píeta samtökin - Píetasíminn (Pieta suicide-prevention line)",
        "phone": "552 2218",
        "phone_dial": "5522218",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://pieta.is",
        "hours": "24 hours, every day",
        "description": (
            "Phone support from a suicide and self-harm prevention charity; can also "
            "book free sessions for adults and relatives."
        ),
        "source_url": "https://pieta.is",
        "order": 20,
    },
    # ===================== LIECHTENSTEIN (LI) =====================
    # NOTE: Telefon 143 (Die Dargebotene Hand) could NOT be confirmed for Liechtenstein
    # in the
    # corpus, so it is deliberately left out.
    # Government press release (Fürstentum Liechtenstein, via presseportal.ch):
    # https://www.presseportal.ch/de/pm/100000148/100895817
    #   "Künftig wird das Sorgentelefon - unter der gleichen Gratis-Telefonnummer 147 -
    # nicht mehr von der
    #    Lazarus-Gemeinschaft Liechtenstein, sondern von der schweizerischen
    # Organisation Pro Juventute betreut."
    # 24h from news: https://www.radio.li/news-1/mehr-aufwand-fuer-sorgentelefon
    #   "Pro Juventute Schweiz betreibt für Liechtenstein und die Schweiz ein anonymes,
    # jederzeit erreichbares Sorgentelefon"
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.presseportal.ch/de/pm/100000148/100895817
    {
        "country": "LI",
        "name": (
            "Sorgentelefon 147 - Pro Juventute (helpline for children and young people)"
        ),
        "phone": "147",
        "phone_dial": "147",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.147.ch",
        "hours": "24 hours, every day",
        "description": (
            "Free, confidential advice for children and teens in Liechtenstein by "
            "phone, SMS or chat, including in crises."
        ),
        "source_url": "https://www.147.ch",
        "order": 10,
    },
    # ===================== ESTONIA (EE) =====================
    # Official (Social Insurance Board), 16.01.2023:
    # https://www.sotsiaalkindlustusamet.ee/uudised/vaimse-tervise-tugiliini-teenust-pakub-nuud-emotsionaalse-toe-ja-hingehoiu-telefon-116-123
    #   "Jaanuaris liideti vaimse tervise tugiliini ning emotsionaalse toe ja hingehoiu
    # telefonid üheks numbriks 116 123."
    #   "Nõustajad pakuvad emotsionaalset tuge iga päev ajavahemikul 10-24 ...
    # Helistamine on tasuta"
    # Hours are as of Jan 2023 and may have changed.
    {
        "country": "EE",
        "name": (
            "Emotsionaalse toe ja hingehoiu telefon 116 123 (Emotional support and "
            "pastoral care line)"
        ),
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.palunabi.ee",
        "hours": "Every day 10:00-24:00 (as announced in 2023)",
        "description": (
            "Free state-run line for emotional and mental-health support in Estonian, "
            "Russian and English."
        ),
        "source_url": (
            "https://www.sotsiaalkindlustusamet.ee/uudised/vaimse-tervise-tugiliini-teenust-pakub-nuud-emotsionaalse-toe-ja-hingehoiu-telefon-116-123"
        ),
        "order": 10,
    },
    # Official (Social Insurance Board):
    # https://www.sotsiaalkindlustusamet.ee/lasteabi-116111
    #   "Lasteabi 116 111 töötab 24/7 ja on pöördujale tasuta"
    {
        "country": "EE",
        "name": "Lasteabi 116 111 (Child Helpline)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.lasteabi.ee",
        "hours": "24 hours, every day",
        "description": (
            "Free state helpline for children, parents and anyone worried about a "
            "child, in Estonian, Russian and English."
        ),
        "source_url": "https://www.sotsiaalkindlustusamet.ee/lasteabi-116111",
        "order": 30,
    },
    # ===================== LATVIA (LV) =====================
    # Confirmed only on non-official pages (several news outlets, 2021-2026).
    # https://jauns.lv/raksts/sievietem/691200-kad-visa-ir-par-daudz-cilveki-arvien-vairak-zvana-krizes-talrunim-un-stasta-par-pasnavibas-domam
    #   "arvien vairāk iedzīvotāju izmanto arī diennakts krīzes tālruni 116123, kura
    # darbību finansē Nacionālais veselības dienests"
    # https://www.zz.lv/dzivesstils/jauns-bezmaksas-krizu-talrunis-116-123-260129
    #   "Tālrunis 116123 ir pilnībā bezmaksas, tas darbojas visu diennakti ... latviešu,
    # bet arī krievu un angļu valodā."
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.zz.lv/dzivesstils/jauns-bezmaksas-krizu-talrunis-116-123-260129
    # The service's own site as widely published; not read here: check it.
    {
        "country": "LV",
        "name": 'Biedrība "Skalbes" krīzes tālrunis 116 123 (Skalbes crisis line)',
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.skalbes.lv",
        "hours": "24 hours, every day",
        "description": (
            "Free crisis line giving immediate emotional support in Latvian, Russian "
            "and English; can arrange free psychologist sessions."
        ),
        "source_url": "https://www.skalbes.lv",
        "order": 10,
    },
    # Confirmed only on non-official pages (news; Riga City Council quoted by Delfi).
    # https://bb.lv/statja/nasha-latvija/2025/10/15/otcaiavsiesia-ziteli-latvii-mogut-pozvonit-po-telefonu-ix-vzbodriat-po-latysski-i-po-russki
    #   "Также имеются круглосуточные кризисные телефонны 67222922 или 27722292."
    # https://delfi.lv/193/politics/52648391/uzzina-kadu-socialo-palidzibu-pandemijas-laika-var-sanemt-ridzinieki
    #   "zvanīt krīžu un konsultāciju centram \"Skalbes\" pa diennakts krīzes tālruņiem
    # 67222922 vai 27722292"
    # The number as confirmed here, on a page that is not the service's own:
    # https://bb.lv/statja/nasha-latvija/2025/10/15/otcaiavsiesia-ziteli-latvii-mogut-pozvonit-po-telefonu-ix-vzbodriat-po-latysski-i-po-russki
    # The service's own site as widely published; not read here: check it.
    {
        "country": "LV",
        "name": 'Krīžu un konsultāciju centrs "Skalbes" (alternative crisis number)',
        "phone": "67 222 922",
        "phone_dial": "67222922",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.skalbes.lv",
        "hours": "24 hours, every day",
        "description": (
            "Alternative number for the same Skalbes crisis service; normal call "
            "charges may apply."
        ),
        "source_url": "https://www.skalbes.lv",
        "order": 20,
    },
    # Official (Latvijas Vēstnesis legal portal, state publisher), 2024:
    # https://lvportals.lv/dienaskartiba/368237-palidziba-zvana-attaluma-2024
    #   "Bērnu un pusaudžu uzticības tālrunis 116111 strādā visu diennakti un ir
    # bezmaksas tālruņa līnija"
    # The number as confirmed here, on a page that is not the service's own:
    # https://lvportals.lv/dienaskartiba/368237-palidziba-zvana-attaluma-2024
    {
        "country": "LV",
        "name": (
            "Bērnu un pusaudžu uzticības tālrunis 116111 (Children and Adolescents "
            "Helpline)"
        ),
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://uzticibastalrunis.lv",
        "hours": "24 hours, every day",
        "description": (
            "Free state helpline run by the Children's Protection Centre for children, "
            "teens and adults concerned about a child."
        ),
        "source_url": "https://uzticibastalrunis.lv",
        "order": 30,
    },
    # ===================== LITHUANIA (LT) =====================
    # Press release of the Lithuanian association of telephone emotional support
    # services (LTPPTA), via BNS
    # press centre (older, year not shown):
    # https://sc.bns.lt/view/item/pasikeite-dvieju-pagalbos-telefonu-numeriai-108766
    #   "psichologinė pagalba suaugusiems bus teikiama visą parą nemokamu numeriu 116
    # 123 (\"Vilties linija\")"
    # Not re-confirmed on a current official page.
    # The number as confirmed here, on a page that is not the service's own:
    # https://sc.bns.lt/view/item/pasikeite-dvieju-pagalbos-telefonu-numeriai-108766
    # The service's own site as widely published; not read here: check it.
    {
        "country": "LT",
        "name": "Vilties linija (Line of Hope)",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.viltieslinija.lt",
        "hours": "24 hours, every day",
        "description": (
            "Free emotional support line for adults going through a hard time or "
            "thinking about suicide."
        ),
        "source_url": "https://www.viltieslinija.lt",
        "order": 10,
    },
    # Jaunimo linija press release reproduced by lrytas.lt, 2025-09-03:
    # https://www.lrytas.lt/gyvenimo-budas/psichologija/2025/09/03/news/-jaunimo-linija-plecia-pagalbos-internetu-laika-galima-kreiptis-ir-po-vidurnakcio-39363780/
    #   "„Jaunimo linija“ – emocinė parama jaunimui (16–35 m.): ● Telefonu – visą parą,
    # nemokamu numeriu: 0 800 28888"
    # (Older pages show 8 800 28888; Lithuania moved the national prefix from 8 to 0.)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.lrytas.lt/gyvenimo-budas/psichologija/2025/09/03/news/-jaunimo-linija-plecia-pagalbos-internetu-laika-galima-kreiptis-ir-po-vidurnakcio-39363780/
    {
        "country": "LT",
        "name": "Jaunimo linija (Youth Line)",
        "phone": "0 800 28888",
        "phone_dial": "080028888",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://jaunimolinija.lt",
        "hours": "24 hours, every day (phone)",
        "description": (
            "Free, anonymous emotional support by trained volunteers for young people "
            "aged about 16 to 35."
        ),
        "source_url": "https://jaunimolinija.lt",
        "order": 20,
    },
    # WEAK (hours only). Number:
    # https://www.draugiskasinternetas.lt/kas-mes/apie-programa/pagalbos-linija/
    #   "„Vaikų linija“, teikdama pagalbą visoje Europoje vieningu pagalbos linijos
    # vaikams numeriu 116111"
    # Hours from older pages only (e.g. BNS release above: "kasdien nuo 11 iki 21
    # val."); current hours unconfirmed.
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.draugiskasinternetas.lt/kas-mes/apie-programa/pagalbos-linija/
    {
        "country": "LT",
        "name": "Vaikų linija (Child Line)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.vaikulinija.lt",
        "hours": (
            "Every day, daytime to evening (older sources: 11:00-21:00); check website"
        ),
        "description": (
            "Free, anonymous phone and online emotional support for children and "
            "teenagers from trained volunteers."
        ),
        "source_url": "https://www.vaikulinija.lt",
        "order": 30,
    },
    # ------------------------------------------------------------------ POLAND
    # Confirmed: NASK (state research institute under the Ministry of Digital Affairs),
    # page title
    # "Numer 116 123 – całodobowa infolinia zapewniająca wsparcie psychologiczne ..."
    # and
    # "Pomoc świadczona jest bezpłatnie przez całą dobę."
    # URL read:
    # https://www.nask.pl/pl/aktualnosci/5199,Numer-116-123-calodobowa-infolinia-zapewniajaca-wsparcie-psychologiczne-ze-wspar.html
    # Also: telepolis.pl (2025 ministry campaign): "Numer 116 123, zarządzany przez
    # Niebieską Linię Instytutu
    # Psychologii Zdrowia, to wsparcie dla dorosłych w kryzysie emocjonalnym ...
    # bezpłatnie, anonimowo, przez całą dobę."
    # Note: older pages (policja.pl 2010, radiovictoria.pl 2024) still give Mon-Fri
    # 14:00-22:00; the newer official/ministry
    # sources say 24h, so 24h is used here.
    {
        "country": "PL",
        "name": "Kryzysowy Telefon Zaufania 116 123 (Crisis helpline for adults)",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://116sos.pl",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous phone support for adults going through an emotional "
            "crisis, depression or suicidal thoughts; chat also offered online."
        ),
        "source_url": (
            "https://www.nask.pl/pl/aktualnosci/5199,Numer-116-123-calodobowa-infolinia-zapewniajaca-wsparcie-psychologiczne-ze-wspar.html"
        ),
        "order": 10,
    },
    # WEAK: number only seen on non-official pages: zdrowie.pap.pl (PAP news):
    # "800 70 2222 – warto ten numer pamiętać. Przez całą dobę dyżurują pod nim
    # specjaliści pomagający każdemu w kryzysie psychicznym."
    # URL read: https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222 ; also
    # listed on zspborzecin.pl and emocjona.pl.
    # The operator's own page (itaka.org.pl) confirms the service is 24h ("jedyne w
    # Polsce 24-godzinne telefoniczne
    # centrum pomocy ... działa 365 dni w roku") but the excerpt read did not show the
    # number.
    # Caution: tvn24.pl (2021) reported the original contract ended Dec 2020; later
    # lists still show the number.
    {
        "country": "PL",
        "name": (
            "Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego (Support Centre "
            "for people in mental crisis)"
        ),
        "phone": "800 70 2222",
        "phone_dial": "800702222",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.itaka.org.pl",
        "hours": "24 hours, every day",
        "description": (
            "Free helpline staffed by psychologists for anyone in a mental health "
            "crisis, including suicidal crisis; can involve emergency services."
        ),
        "source_url": (
            "https://www.itaka.org.pl/material-prasowy/centrum-wsparcia-juz-od-roku-ratuje-zycie/"
        ),
        "order": 20,
    },
    # Confirmed: Fundacja Dajemy Dzieciom Siłę (operator), fdds.pl:
    # "Telefon w języku polskim działa w trybie 24/7, w języku ukraińskim jest dostępny
    # w godzinach 14:00-24:00."
    # URL read:
    # https://fdds.pl/podpisz-apel-o-szerokie-informowanie-dzieci-o-telefonie-zaufania-dla-dzieci-i-mlodziezy-116111.html
    {
        "country": "PL",
        "name": (
            "Telefon Zaufania dla Dzieci i Młodzieży 116 111 (Child and youth helpline)"
        ),
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://116111.pl",
        "hours": "24 hours, every day (Ukrainian 14:00-24:00)",
        "description": (
            "Free, anonymous line for children and teenagers who want to talk about any"
            " worry, including self-harm or suicidal thoughts."
        ),
        "source_url": (
            "https://fdds.pl/podpisz-apel-o-szerokie-informowanie-dzieci-o-telefonie-zaufania-dla-dzieci-i-mlodziezy-116111.html"
        ),
        "order": 30,
    },
    # ----------------------------------------------------------------- CZECHIA
    # WEAK: no official page found; confirmed only on news pages.
    # irozhlas.cz (Czech Radio, Dec 2024): "Linka první psychické pomoci (krizová pomoc
    # pro dospělé): 116 123" and
    # "Linka 116 123 funguje v non-stop provozu od roku 2019"; idnes.cz (2024): "Linka
    # první psychické pomoci ...
    # Telefon: 116 123 Provozní doba telefonu: NONSTOP".
    # URL read:
    # https://www.irozhlas.cz/zpravy-domov/bezplatna-linka-psychicke-pomoci-omezuje-provoz-prosinec-je-pritom_2412080600_job
    # Caution: the same article says the operator (Cesta z krize) cut weekend/holiday
    # service in December 2024 for lack of money.
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.irozhlas.cz/zpravy-domov/bezplatna-linka-psychicke-pomoci-omezuje-provoz-prosinec-je-pritom_2412080600_job
    # The service's own site as widely published; not read here: check it.
    {
        "country": "CZ",
        "name": "Linka první psychické pomoci (First psychological aid line)",
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.linkapsychickepomoci.cz",
        "hours": (
            "24 hours, every day (service was reduced at weekends in Dec 2024 for "
            "funding reasons)"
        ),
        "description": (
            "Free, anonymous crisis line for adults in psychological distress and for "
            "people worried about someone close to them."
        ),
        "source_url": "https://www.linkapsychickepomoci.cz",
        "order": 10,
    },
    # Confirmed: Centrum sociálních služeb Praha (city-run operator):
    # "Na čísle 222 580 697 je poskytována nonstop telefonická krizová pomoc (24 hodin
    # denně, 365 dní v roce)."
    # and "Služba je nabízena všem klientům ... nezávisle na místě pobytu, věku,
    # pohlaví".
    # URL read: https://www.csspraha.cz/prazska-linka-duvery
    {
        "country": "CZ",
        "name": "Pražská linka důvěry (Prague crisis helpline)",
        "phone": "222 580 697",
        "phone_dial": "222580697",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.csspraha.cz/prazska-linka-duvery",
        "hours": "24 hours, every day",
        "description": (
            "Anonymous telephone crisis support for anyone in a difficult situation, "
            "wherever they live; standard call charges apply."
        ),
        "source_url": "https://www.csspraha.cz/prazska-linka-duvery",
        "order": 20,
    },
    # Confirmed: town of Jeseník official page: "Linka bezpečí, dostupná na jednotném
    # evropském čísle 116 111 ...
    # Děti se mohou dovolat na Linku bezpečí bezplatně, anonymně a zdarma z celé ČR ...
    # nepřetržitě 24 hodin."
    # URL read: https://jesenik.cz/cz/informace-odboru/29-linka-bezpeci.html
    # Age range (children and students up to 26) from novinky.cz.
    # The number as confirmed here, on a page that is not the service's own:
    # https://jesenik.cz/cz/informace-odboru/29-linka-bezpeci.html
    {
        "country": "CZ",
        "name": "Linka bezpečí (Child and youth crisis line)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.linkabezpeci.cz",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous crisis line for children, teenagers and students up to 26 "
            "facing any difficulty, including thoughts of suicide."
        ),
        "source_url": "https://www.linkabezpeci.cz",
        "order": 30,
    },
    # ---------------------------------------------------------------- SLOVAKIA
    # WEAK: confirmed only on news pages (TASR), no operator page found.
    # 24hod.sk / TASR (2019): "... môže obrátiť na Linku dôvery Nezábudka na telefónnom
    # čísle 0800 800 566. Linku
    # prevádzkuje Liga za duševné zdravie (LDZ) SR a odborníci na nej 24 hodín denne
    # radia ľuďom"
    # teraz.sk (2020): "linka je ľuďom k dispozícii bezplatne 24 hodín sedem dní v
    # týždni."
    # URL read:
    # https://www.24hod.sk/ludia-s-problemami-sa-mozu-obratit-aj-na-linku-dovery-nezabudka-cl712745.html
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.24hod.sk/ludia-s-problemami-sa-mozu-obratit-aj-na-linku-dovery-nezabudka-cl712745.html
    # The service's own site as widely published; not read here: check it.
    {
        "country": "SK",
        "name": "Linka dôvery Nezábudka (Forget-me-not helpline)",
        "phone": "0800 800 566",
        "phone_dial": "0800800566",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.linkanezabudka.sk",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous helpline run by the League for Mental Health for anyone "
            "struggling emotionally, including people thinking of suicide."
        ),
        "source_url": "https://www.linkanezabudka.sk",
        "order": 10,
    },
    # Confirmed on the operator's own blog (IPčko, 2020): "ponúkame pomoc a podporu cez
    # nové služby, a to video poradenstvo
    # a telefón s bezplatným číslom 0800 500 333."  Orange foundation page: "zriadením
    # bezplatnej nonstop linky 0800 500 333".
    # teraz.sk (2023) still describes IPčko's "anonymnej, bezplatnej a nonstop
    # psychologickej pomoci".
    # URL read:
    # https://ipcko.blog.sme.sk/c/535292/vdaka-novej-anonymnej-krizovej-linke-pomoci-pomahame-ludom-v-case-pandemie-nonstop.html
    # The number as confirmed here, on a page that is not the service's own:
    # https://ipcko.blog.sme.sk/c/535292/vdaka-novej-anonymnej-krizovej-linke-pomoci-pomahame-ludom-v-case-pandemie-nonstop.html
    {
        "country": "SK",
        "name": "Krízová linka pomoci IPčko (IPčko crisis helpline)",
        "phone": "0800 500 333",
        "phone_dial": "0800500333",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://ipcko.sk",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous psychologist-staffed crisis line (also chat) for people of"
            " any age in acute distress or suicidal crisis."
        ),
        "source_url": "https://ipcko.sk",
        "order": 20,
    },
    # WEAK: confirmed only on non-official pages (humanisti.sk, teraz.sk/TASR).
    # humanisti.sk (2022): "Tel. č. 116 111 – 24/7 non-stop, bezplatne a anonymne pre
    # celé Slovensko online: čet na www.ldi.sk"
    # URL read:
    # https://www.humanisti.sk/2022/01/26/linka-detskej-istoty-oslavuje-26-rokov-svojej-existencie-a-fungovania/
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.humanisti.sk/2022/01/26/linka-detskej-istoty-oslavuje-26-rokov-svojej-existencie-a-fungovania/
    {
        "country": "SK",
        "name": "Linka detskej istoty 116 111 (Child safety line)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.ldi.sk",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous line where children and young people can talk through any "
            "problem with trained counsellors; chat available too."
        ),
        "source_url": "https://www.ldi.sk",
        "order": 30,
    },
    # ----------------------------------------------------------------- HUNGARY
    # Confirmed: national regulator NMHH list of 116 numbers:
    # "116123 Lelki segélyvonal Magyar Lelki Elsősegély Telefonszolgálatok Szövetsége
    # ... http://www.sos116-123.hu/"
    # URL read:
    # https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese
    # Hours/free: MTI via infocegled.hu: "a lelki elsősegély vonal a 116-123 számon
    # ingyenesen hívható a nap 24 órájában."
    {
        "country": "HU",
        "name": (
            "Lelki Elsősegély Telefonszolgálat 116-123 (Emotional first-aid helpline)"
        ),
        "phone": "116-123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sos116-123.hu",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous listening line run by trained volunteers, aimed at "
            "preventing suicide and helping anyone in emotional crisis."
        ),
        "source_url": (
            "https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese"
        ),
        "order": 10,
    },
    # Confirmed: NMHH list: "116111 Gyermekek segélyvonala Kék Vonal Gyermekkrízis
    # Alapítvány ... http://www.kek-vonal.hu"
    # URL read:
    # https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese
    # Hours: the NMHH conditions for 116 numbers state "a szolgáltatás nem köthető
    # időhatárokhoz" (service may not be
    # time-limited); age range (up to 24) from infostart.hu. Exact current hours not
    # seen on the operator's own site.
    {
        "country": "HU",
        "name": (
            "Kék Vonal Gyermekkrízis Alapítvány 116-111 (Blue Line child crisis "
            "helpline)"
        ),
        "phone": "116-111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.kek-vonal.hu",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous helpline for children and young people up to 24, with a "
            "focus on preventing youth suicide."
        ),
        "source_url": (
            "https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese"
        ),
        "order": 20,
    },
    # ---------------------------------------------------------------- SLOVENIA
    # Confirmed: Društvo Zaupni telefon Samarijan (operator): "Društvo vzdržuje telefon
    # za klic v duševni stiski, ki:
    # dela 24 ur dnevno vse dni v letu, klici so za klicalca brezplačni"
    # (http://www.telefon-samarijan.si/?page=o_drustvu)
    # Number from ZPMS (zpms.si): "Zaupni telefon Samarijan in Sopotnik na številki 116
    # 123 pa vsem, ki se znajdejo v
    # duševni stiski" and "24 ur na dan in vse dni v tednu sprejemajo klice na enotno
    # številko 116 123".
    # URL read: https://zpms.si/?p=1002955
    {
        "country": "SI",
        "name": (
            "Zaupni telefon Samarijan in Sopotnik 116 123 (Samaritan and Companion "
            "helpline)"
        ),
        "phone": "116 123",
        "phone_dial": "116123",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefon-samarijan.si",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous volunteer listening line for anyone in emotional distress,"
            " loneliness or thinking about suicide."
        ),
        "source_url": "https://zpms.si/?p=1002955",
        "order": 10,
    },
    # Confirmed: TOM (operator, ZPMS): "Mladi lahko pokličejo na TOM vsak dan, tudi ob
    # nedeljah in praznikih, med 12. in
    # 20. uro na brezplačno številko 116 111"
    # URL read: https://e-tom.si/kaj-je-tom/
    {
        "country": "SI",
        "name": "TOM telefon 116 111 (Helpline for children and adolescents)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://e-tom.si",
        "hours": "Every day 12:00-20:00",
        "description": (
            "Free, anonymous and confidential counselling line (also chat and email) "
            "for children and teenagers with any worry."
        ),
        "source_url": "https://e-tom.si/kaj-je-tom/",
        "order": 30,
    },
    # ----------------------------------------------------------------- CROATIA
    # Confirmed: Hrabri telefon (operator): "2014. godine linija je postala Nacionalni
    # pozivni centar za djecu, s europskim
    # harmoniziranim brojem 116 111." and "Svakim radnim danom u vremenu od 9 do 20 sati
    # linija je otvorena na besplatnom
    # broju telefona za nazivatelje 116 111."
    # URL read: https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/
    # (No adult crisis/suicide line could be confirmed for Croatia in the stored pages.)
    {
        "country": "HR",
        "name": "Hrabri telefon za djecu 116 111 (Brave Phone child helpline)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://udruga.hrabritelefon.hr",
        "hours": "Mon-Fri 09:00-20:00",
        "description": (
            "Free national advice line where children can talk to trained volunteers "
            "about feelings, abuse, school or mental health worries."
        ),
        "source_url": "https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/",
        "order": 10,
    },
    # ----------------------------------------------------------------- ROMANIA
    # WEAK: number confirmed only on a third-party aggregator, progress.guide:
    # "Phone Number: 0800 801 200 (Alianța Română de Prevenție a Suicidului – Romanian
    # Suicide Prevention Alliance)"
    # URL read: https://progress.guide/atlas/europe/romania  (that page lists 24/7, but
    # it is not reliable).
    # Hours: digi24.ro describes the ARPS line being staffed in the evening/night
    # ("între orele 7 seara şi 7 dimineaţa ...
    # acest program să fie efectuat seara"); dor.ro speaks of ~11 calls "pe noapte". No
    # official ARPS page found.
    # The number as confirmed here, on a page that is not the service's own:
    # https://progress.guide/atlas/europe/romania
    # The service's own site as widely published; not read here: check it.
    {
        "country": "RO",
        "name": (
            "Telefonul Verde Antisuicid - Alianța Română de Prevenție a Suicidului "
            "(Suicide prevention line)"
        ),
        "phone": "0800 801 200",
        "phone_dial": "0800801200",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.antisuicid.ro",
        "hours": (
            "Evenings and nights (reported as 19:00-07:00); exact current hours not "
            "confirmed"
        ),
        "description": (
            "Free, confidential volunteer line for people having suicidal thoughts or "
            "in emotional crisis, and for those worried about them."
        ),
        "source_url": "https://www.antisuicid.ro",
        "order": 10,
    },
    # WEAK: no operator page read; confirmed on news pages quoting the Health Minister
    # (Feb 2026).
    # evz.ro: "Asociația Telefonul Copilului este singura organizație neguvernamentală
    # ... care oferă copiilor și
    # adolescenților, la nivel național, acces la o linie telefonică de asistență,
    # 116.111."
    # lifestyledigital.ro: "un apel GRATUIT la 116-111, unde se poate suna şapte zile
    # din şapte".
    # URL read:
    # https://evz.ro/ministrul-sanatatii-protocol-de-colaborare-cu-asociatia-telefonul-copilului-pentru-copiii-aflati-in-dificultate.html
    # The number as confirmed here, on a page that is not the service's own:
    # https://evz.ro/ministrul-sanatatii-protocol-de-colaborare-cu-asociatia-telefonul-copilului-pentru-copiii-aflati-in-dificultate.html
    # The service's own site as widely published; not read here: check it.
    {
        "country": "RO",
        "name": "Telefonul Copilului 116 111 (Child helpline)",
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.telefonulcopilului.ro",
        "hours": "Every day (exact hours not confirmed)",
        "description": (
            "Free national helpline where children and teenagers can talk to social "
            "workers and psychologists about abuse or emotional problems."
        ),
        "source_url": "https://www.telefonulcopilului.ro",
        "order": 20,
    },
    # ---------------------------------------------------------------- BULGARIA
    # Confirmed: official site of the line (State Agency for Child Protection):
    # "Национална телефонна линия за деца 116 111"
    # and "24 часа в денонощието, 7 дни в седмицата - безплатно и анонимно за цялата
    # страна."
    # URL read: https://www.116111.bg/
    # (news.bg: since Sept 2022 the Social Assistance Agency staffs the number, still
    # 24/7 and free.)
    # (No national adult crisis line / 116 123 could be confirmed for Bulgaria; 2014
    # news only said it was planned.)
    {
        "country": "BG",
        "name": (
            "Национална телефонна линия за деца 116 111 (National Helpline for "
            "Children)"
        ),
        "phone": "116 111",
        "phone_dial": "116111",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.116111.bg",
        "hours": "24 hours, every day",
        "description": (
            "Free, anonymous support from psychologists for children and for adults "
            "worried about a child; linked directly to 112."
        ),
        "source_url": "https://www.116111.bg/",
        "order": 10,
    },
    # ------------------------------------------------------------------ IN
    # Confirmed only on non-official pages (no official MoHFW / telemanas page was
    # available to me).
    # Livemint, 2023-07-22, citing the Union Health Ministry: "The service is accessible
    # through the
    # toll-free numbers 14416 or 1-800-891-4416, with options to choose preferred
    # languages."
    # URL read:
    # https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html
    # Also seen on:
    # https://www.hindustantimes.com/india-news/world-mental-health-day-centre-launches-tele-manas-to-provide-affordable-services-101665419352551-amp.html
    # ("toll-free helpline number - 14416"), and 2025 reports of Lok Sabha replies
    # (theshillongtimes.com,
    # menafn.com/IANS: "24x7 tele-mental health counselling services via a toll-free
    # number (14416)").
    # Note: the alternative 1800 number is printed two ways in the press (1-800-891-4416
    # vs 1-800-91-4416),
    # so only the short code 14416 is used here.
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html
    # The service's own site as widely published; not read here: check it.
    {
        "country": "IN",
        "name": (
            "Tele MANAS (Tele Mental Health Assistance and Networking Across States)"
        ),
        "phone": "14416",
        "phone_dial": "14416",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://telemanas.mohfw.gov.in",
        "hours": "24 hours, every day",
        "description": (
            "Free national government mental health line: choose your language and a "
            "trained counsellor helps, with referral to specialists if needed (may call"
            " you back)."
        ),
        "source_url": "https://telemanas.mohfw.gov.in",
        "order": 10,
    },
    # ------------------------------------------------------------------ ZA
    # Official SADAG site, helpline sidebar: "24-HOUR TOLL-FREE EMERGENCY HELPLINES ...
    # Suicide Crisis Helpline
    # 0800 567 567"
    # URL read:
    # https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601
    {
        "country": "ZA",
        "name": (
            "SADAG Suicide Crisis Helpline (South African Depression and Anxiety Group)"
        ),
        "phone": "0800 567 567",
        "phone_dial": "0800567567",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sadag.org",
        "hours": "24 hours, every day",
        "description": (
            "Free call for anyone thinking about suicide, or worried about someone who "
            "is; trained counsellors listen and link you to local help."
        ),
        "source_url": (
            "https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601"
        ),
        "order": 10,
    },
    # Same official SADAG page, under "24-HOUR TOLL-FREE EMERGENCY HELPLINES": "Cipla
    # Mental Health Helpline
    # 0800 456 789 SMS 31393"
    # URL read:
    # https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601
    # SMS call-back wording from SABC News (non-official): "0800 456 789 or SMS 31393
    # and a counsellor will call back"
    # https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/
    {
        "country": "ZA",
        "name": "SADAG Cipla Mental Health Helpline",
        "phone": "0800 456 789",
        "phone_dial": "0800456789",
        "sms_number": "31393",
        "sms_dial": "31393",
        "sms_keyword": "",
        "web_url": "https://www.sadag.org",
        "hours": "24 hours, every day",
        "description": (
            "Free line for depression, anxiety and other emotional struggles; you can "
            "also send an SMS and a counsellor will phone you back."
        ),
        "source_url": (
            "https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601"
        ),
        "order": 20,
    },
    # Government publication Vuk'uzenzele (GCIS): "By dialing 116, children and adults
    # can receive help with problems
    # facing children, says Childline South Africa's National Executive Officer Dumisile
    # Nala."
    # URL read: https://vukuzenzele.gov.za/children-can-call-116-help
    # Hours, also Vuk'uzenzele: "Childline provides a 24-hour, toll-free telephone
    # counselling service in all nine provinces."
    # https://vukuzenzele.gov.za/childline-gives-children-lifeline
    # (The old number 08000 555 55 was being phased out, per IOL 2022 - not used.)
    {
        "country": "ZA",
        "name": "Childline South Africa",
        "phone": "116",
        "phone_dial": "116",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": "24 hours, every day",
        "description": (
            "Free counselling line for children and teens (and adults worried about a "
            "child), including self-harm, abuse and exam stress."
        ),
        "source_url": "https://vukuzenzele.gov.za/children-can-call-116-help",
        "order": 30,
    },
    # ------------------------------------------------------------------ SG
    # Confirmed only on non-official pages (no sos.org.sg page showing the number was
    # available to me).
    # CNA, 2022-09-10: "People who need help can text 9151 1767 for support via
    # CareText, or call 1767 to reach the hotline."
    # URL read:
    # https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241?cid=cna_flip_070214
    # Re-confirmed by CNA, July 2025 (via daily8.com mirror): "Samaritans of Singapore:
    # 1767 (call), 9151 1767 (WhatsApp text)
    # ... The call and text-based services are operational 24 hours a day, every day of
    # the week."
    # (Older number 1800-221 4444 appears in pre-2022 articles; not used.)
    # The number as confirmed here, on a page that is not the service's own:
    # https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241?cid=cna_flip_070214
    {
        "country": "SG",
        "name": "Samaritans of Singapore (SOS)",
        "phone": "1767",
        "phone_dial": "1767",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.sos.org.sg",
        "hours": "24 hours, every day",
        "description": (
            "Confidential support for anyone in crisis, thinking of suicide or affected"
            " by suicide; WhatsApp text option (CareText) on 9151 1767."
        ),
        "source_url": "https://www.sos.org.sg",
        "order": 10,
    },
    # Ministry of Health press release, 18 June 2025: "From 18 June 2025, Singaporeans
    # will be able to access round-the-clock
    # support for mental health ... via national mindline 1771" and "Telephone hotline
    # by dialling 1771;
    # Mobile messaging service via WhatsApp at +65-6669-1771"
    # URL read:
    # https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health
    # (The IMH Mental Health Helpline 6389 2222 was reported retired with this launch -
    # not used.)
    {
        "country": "SG",
        "name": "national mindline 1771",
        "phone": "1771",
        "phone_dial": "1771",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://mindline.sg",
        "hours": "24 hours, every day",
        "description": (
            "National government mental health line: counsellors offer support and "
            "point you to the right care; WhatsApp +65 6669 1771 or web chat also work."
        ),
        "source_url": (
            "https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health"
        ),
        "order": 20,
    },
    # ------------------------------------------------------------------ PH
    # Department of Health press release (2019 launch): "the new NCMH CRISIS HOTLINE,
    # which can be reached at
    # 0917 899 8727 (USAP) and 989 8727 (USAP) operated 24/7."
    # URL read: https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/
    # Still current: Manila Bulletin 2026-01-03 quoting DOH: "NCMH Crisis Hotline—1553;
    # 0919-057-1553; and 0917-899-8727."
    # https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline
    # (Landline 989 8727 predates Metro Manila's 8-digit change; not used.)
    {
        "country": "PH",
        "name": "NCMH Crisis Hotline (National Center for Mental Health)",
        "phone": "0917 899 8727",
        "phone_dial": "09178998727",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "",
        "hours": "24 hours, every day",
        "description": (
            "Government crisis line for any mental health emergency, including thoughts"
            " of suicide; counsellors give first support and referrals."
        ),
        "source_url": (
            "https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/"
        ),
        "order": 10,
    },
    # WEAK: only non-official pages; coverage unclear (described as a Luzon-wide
    # toll-free landline number, may not work
    # from mobiles or outside Luzon).
    # Manila Bulletin 2026-01-03 quoting DOH: "NCMH Crisis Hotline—1553; 0919-057-1553;
    # and 0917-899-8727."
    # URL read:
    # https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline
    # Manila Standard: "the public may reach the NCMH crisis hotline through 1553, its
    # toll-free Luzon-wide landline"
    # https://manilastandard.net/news/national/353499/pinoys-seeking-psychological-first-aid-triples-amid-pandemic-.html
    # The number as confirmed here, on a page that is not the service's own:
    # https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline
    # The service's own site as widely published; not read here: check it.
    {
        "country": "PH",
        "name": "NCMH Crisis Hotline - toll-free landline",
        "phone": "1553",
        "phone_dial": "1553",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://ncmh.gov.ph",
        "hours": "24 hours, every day",
        "description": (
            "Short toll-free number for the same national crisis line, meant for "
            "landline callers (reported as Luzon-wide)."
        ),
        "source_url": "https://ncmh.gov.ph",
        "order": 20,
    },
    # Confirmed only on non-official pages (news quoting DOH, Dec 2025 / Jan 2026).
    # Manila Bulletin 2026-01-03: "NCMH Crisis Hotline—1553; 0919-057-1553; and
    # 0917-899-8727."
    # URL read:
    # https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline
    # SunStar/PNA: "The NCMH Crisis Hotlines are 1553, 0919-057-1553, and
    # 0917-899-8727."
    # https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays
    # The number as confirmed here, on a page that is not the service's own:
    # https://mb.com.ph/2026/01/03/doh-nearly-1000-callers-seek-help-from-mental-health-hotline
    # The service's own site as widely published; not read here: check it.
    {
        "country": "PH",
        "name": "NCMH Crisis Hotline - alternate mobile number",
        "phone": "0919 057 1553",
        "phone_dial": "09190571553",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://ncmh.gov.ph",
        "hours": "24 hours, every day",
        "description": (
            "Second mobile number for the national mental health crisis line, useful if"
            " the main number is busy."
        ),
        "source_url": "https://ncmh.gov.ph",
        "order": 30,
    },
    # ------------------------------------------------------------------ KE
    # Official Kenya Red Cross site: "receive 24hr counselling and psychosocial support
    # from Kenya Red Cross Toll-free 1199."
    # URL read:
    # https://www.redcross.or.ke/single-article/37-Psychosocial-Support-for-Healthcare-Workers-in-Midst-of-COVID-19-Pandemic
    # Still in use 2023: newsnetkenya.co.ke "tele-counselling services through emergency
    # number 1199".
    # (An aggregator, progress.guide, lists "1190" - that is not what the official page
    # says; not used.)
    {
        "country": "KE",
        "name": "Kenya Red Cross Society counselling line",
        "phone": "1199",
        "phone_dial": "1199",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.redcross.or.ke",
        "hours": "24 hours, every day",
        "description": (
            "Free phone counselling and psychological support for anyone in distress, "
            "run by the Kenya Red Cross."
        ),
        "source_url": (
            "https://www.redcross.or.ke/single-article/37-Psychosocial-Support-for-Healthcare-Workers-in-Midst-of-COVID-19-Pandemic"
        ),
        "order": 10,
    },
    # Government (National Council for Children's Services): "116 is a service of the
    # Department of Children's Service
    # with Childline Kenya providing technical support." and "Provide 24 hour toll free
    # emergency public line for reporting
    # all cases for children in need of care & protection."
    # URL read:
    # http://www.childrenscouncil.go.ke/child-help-line.html?showall=1&limitstart=
    {
        "country": "KE",
        "name": (
            "Child Helpline 116 (Childline Kenya / Department of Children's Services)"
        ),
        "phone": "116",
        "phone_dial": "116",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.childlinekenya.co.ke",
        "hours": "24 hours, every day",
        "description": (
            "Free line where children, or adults worried about a child, get counselling"
            " and help with abuse or danger."
        ),
        "source_url": (
            "http://www.childrenscouncil.go.ke/child-help-line.html?showall=1&limitstart="
        ),
        "order": 20,
    },
    # WEAK: only non-official pages; hours not confirmed.
    # The Standard (Eve Woman): "You can connect them with professionals through
    # Befriender's Kenya 0722 178 177"
    # URL read:
    # https://standardmedia.co.ke/evewoman/article/2001450286/does-your-friend-talk-a-lot-about-suicide
    # Also doctorsexplain.net: "Befrienders Kenya: Crisis Hotline: +254 722 178177 /
    # +254 733 790965"
    # The number as confirmed here, on a page that is not the service's own:
    # https://standardmedia.co.ke/evewoman/article/2001450286/does-your-friend-talk-a-lot-about-suicide
    # The service's own site as widely published; not read here: check it.
    {
        "country": "KE",
        "name": "Befrienders Kenya",
        "phone": "0722 178 177",
        "phone_dial": "0722178177",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://www.befrienderskenya.org",
        "hours": "Hours not confirmed",
        "description": (
            "Volunteer suicide prevention service giving free, confidential emotional "
            "support to people thinking of ending their life."
        ),
        "source_url": "https://www.befrienderskenya.org",
        "order": 30,
    },
    # -------------------------------------------------------- International
    # findahelpline.com (ThroughLine), e.g. findahelpline.com/AU: "free help
    # is available to you"; lifeline-international.com: "the world's largest
    # verified network of crisis hotlines and helplines ... provided by New
    # Zealand start-up ThroughLine", "over 1,300 services in 130 countries".
    {
        "country": "",
        "name": "Find A Helpline",
        "phone": "",
        "phone_dial": "",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://findahelpline.com",
        "hours": "Website, always available; each helpline lists its own hours",
        "description": (
            "A checked directory of free, confidential helplines in over "
            "100 countries. Pick your country to see who you can call or text."
        ),
        # The number as confirmed here, on a page that is not the service's own:
        # https://lifeline-international.com/from-idea-to-impact-how-throughline-is-bridging-the-gap-in-global-crisis-support/
        "source_url": "https://findahelpline.com/",
        "order": 10,
    },
    # befrienders.org: "a network of 349 independent emotional support
    # centres in 32 countries ... via telephone helplines, SMS messaging,
    # face to face, outreach, partnerships and the internet."
    {
        "country": "",
        "name": "Befrienders Worldwide",
        "phone": "",
        "phone_dial": "",
        "sms_number": "",
        "sms_dial": "",
        "sms_keyword": "",
        "web_url": "https://befrienders.org",
        "hours": "Website, always available; each centre lists its own hours",
        "description": (
            "A worldwide network of emotional support centres for people "
            "in distress or thinking about suicide; find one near you."
        ),
        "source_url": "https://befrienders.org/about-us",
        "order": 20,
    },
]


# Phrases that make a typed need read like a crisis. Curated by admins; see the
# module docstring for how they are matched. Deliberately absent: bare "die",
# "dead", "kill", "killing", "hit", "murder", "danger", and "going to kill me",
# which fire on everyday speech ("dying to see it", "this is killing me",
# "hit me up", "my mum's going to kill me").
CRISIS_PHRASES: list[str] = [
    # Suicide and wanting to die
    "suicide",
    "suicidal",
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end my own life",
    "take my own life",
    "taking my own life",
    "take my life",
    "end it all",
    "ending it all",
    "want to end it",
    "wanna end it",
    "want to die",
    "wanna die",
    "wanting to die",
    "want to be dead",
    "wish I was dead",
    "wish I were dead",
    "better off dead",
    "better off without me",
    "don't want to be alive",
    "do not want to be alive",
    "don't want to live",
    "do not want to live",
    "don't want to be here",
    "do not want to be here",
    "don't want to exist",
    "don't want to wake up tomorrow",
    "don't want to wake up again",
    "hope I don't wake up",
    "disappear forever",
    "no reason to live",
    "nothing to live for",
    "not worth living",
    "isn't worth living",
    "no point in living",
    "no point living",
    "unalive",
    "hang myself",
    "hanging myself",
    "jump off a bridge",
    "overdose",
    "overdosed",
    "overdosing",
    "too many pills",
    # Self-harm
    "self-harm",
    "selfharm",
    "self-harming",
    "selfharming",
    "self-injury",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "harming myself",
    "cut myself",
    "cutting myself",
    "slit my wrists",
    # Danger and abuse at home
    "not safe at home",
    "unsafe at home",
    "don't feel safe at home",
    "scared to go home",
    "afraid to go home",
    "I'm in danger",
    "I am in danger",
    "my life is in danger",
    "hits me",
    "hitting me",
    "he hit me",
    "she hit me",
    "beat me up",
    "beats me up",
    "beating me",
    "he beats me",
    "she beats me",
    "punched me",
    "slapped me",
    "strangled me",
    "afraid of my partner",
    "scared of my partner",
    "afraid of my husband",
    "scared of my husband",
    "afraid of my wife",
    "scared of my wife",
    "afraid of my boyfriend",
    "scared of my boyfriend",
    "afraid of my girlfriend",
    "scared of my girlfriend",
    "afraid of my ex",
    "scared of my ex",
    "threatened to kill me",
    "threatens to kill me",
    "threatening to kill me",
    "abusive",
    "abusing me",
    "abuses me",
    "abused me",
    "being abused",
    "domestic violence",
    "domestic abuse",
    "coercive control",
    "sexually assaulted",
    "sexual assault",
    "sexually abused",
    "raped",
    "rape",
]
