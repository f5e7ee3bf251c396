"""Crisis resources per country, and the phrases that make a need read like a crisis.

Numbers checked on 2026-11-22 against stored copies of public pages: the
service's own site or a government site where one was available, otherwise
several reputable pages that agree, named in the comment above the entry.
``source_url`` is always the service's own site or a government page; where
the number was confirmed only on other pages (the comment says so), confirm it
on that official page at the next review.

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
- ``sms_number`` / ``sms_keyword``: number to text, and the word to send.
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
        "sms_number": "",
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
        "sms_number": "988",
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
        "sms_number": "741741",
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
        "sms_number": "88788",
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
        "sms_number": "",
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
        "sms_number": "9-8-8",
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
        "sms_number": "686868",
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
        "sms_number": "",
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
        "sms_number": "",
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
        "sms_number": "85258",
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
        "sms_number": "",
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
        "sms_number": "",
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
        "sms_number": "",
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
        "sms_number": "51444",
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
        "sms_number": "",
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
        "sms_number": "",
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
        "sms_number": "0477 13 11 14",
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
        "sms_number": "0458 737 732",
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
        "sms_number": "",
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
        "sms_number": "1737",
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
        "sms_number": "",
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
        "sms_number": "",
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
    # -------------------------------------------------------- International
    # findahelpline.com (ThroughLine), e.g. findahelpline.com/AU: "free help
    # is available to you"; lifeline-international.com: "the world's largest
    # verified network of crisis hotlines and helplines ... provided by New
    # Zealand start-up ThroughLine", "over 1,300 services in 130 countries".
    {
        "country": "",
        "name": "Find A Helpline",
        "phone": "",
        "sms_number": "",
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
        "sms_number": "",
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
