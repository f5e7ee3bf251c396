"""Point each crisis resource's source link at the service's own site (or a
government page) where it pointed at a news article or another page that
merely confirmed the number. A link an editor has changed is left alone."""

from django.db import migrations

# country, name, the link as first loaded, the service's own site.
CHANGES = [
    ('US', 'Emergency services', 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline', 'https://www.911.gov/'),
    ('US', 'National Domestic Violence Hotline', 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts', 'https://www.thehotline.org/'),
    ('GB', 'Samaritans', 'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas', 'https://www.samaritans.org/'),
    ('GB', 'National Domestic Abuse Helpline', 'https://www.refuge.org.uk/category/news/', 'https://www.nationaldahelpline.org.uk/'),
    ('IE', 'Samaritans', 'https://www.irishexaminer.com/ireland/charity-launches-email-service-as-calls-surge-to-over-625000-467986.html', 'https://www.samaritans.org/ireland/'),
    ('IE', 'Pieta', 'https://todayfm.com/podcasts/dave-moore/notice-listen-talk-knowing-signs-suicide', 'https://www.pieta.ie/'),
    ('AU', 'Lifeline', 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', 'https://www.lifeline.org.au/'),
    ('NZ', 'Lifeline Aotearoa', 'https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls', 'https://www.lifeline.org.nz/'),
    ('', 'Find A Helpline', 'https://lifeline-international.com/from-idea-to-impact-how-throughline-is-bridging-the-gap-in-global-crisis-support/', 'https://findahelpline.com/'),
    ('IE', "Women's Aid 24hr National Freephone Helpline", 'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/', 'https://www.womensaid.ie/'),
    ('AU', '1800RESPECT', 'https://www.1800respect.org.au/terms-and-conditions', 'https://www.1800respect.org.au/'),
    ('NZ', '1737 Need to talk?', 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy', 'https://1737.org.nz/'),
]


def forwards(apps, schema_editor):
    CrisisResource = apps.get_model("guidance", "CrisisResource")
    for country, name, old, new in CHANGES:
        CrisisResource.objects.filter(
            country=country, name=name, source_url=old
        ).update(source_url=new)


def backwards(apps, schema_editor):
    CrisisResource = apps.get_model("guidance", "CrisisResource")
    for country, name, old, new in CHANGES:
        CrisisResource.objects.filter(
            country=country, name=name, source_url=new
        ).update(source_url=old)


class Migration(migrations.Migration):
    dependencies = [("guidance", "0005_checker_tips_and_words")]

    operations = [migrations.RunPython(forwards, backwards)]
