from django.urls import path

from helpapp.asks import after_sending, history, saved_templates, views

app_name = "asks"
urlpatterns = [
    path("", history.ask_list, name="list"),
    path("new/", views.new_ask, name="new"),
    path("<int:pk>/", history.ask_detail, name="detail"),
    path("<int:pk>/need/", views.step_need, name="need"),
    path("<int:pk>/person/", views.step_person, name="person"),
    path("<int:pk>/message/", views.step_message, name="message"),
    path("<int:pk>/sent/", views.ask_sent, name="sent"),
    path("<int:pk>/check/", views.live_check, name="check"),
    path("<int:pk>/recompose/", views.recompose, name="recompose"),
    path("<int:pk>/support/", views.support, name="support"),
    path("<int:pk>/follow-up/", after_sending.follow_up, name="follow_up"),
    path("<int:pk>/withdraw/", after_sending.withdraw, name="withdraw"),
    path("<int:pk>/undo-withdraw/", after_sending.undo_withdraw, name="undo_withdraw"),
    path("<int:pk>/outcome/", after_sending.record_outcome, name="outcome"),
    path("<int:pk>/thanks/", after_sending.thanks, name="thanks"),
    path("<int:pk>/split/", views.split, name="split"),
    path(
        "<int:pk>/save-template/",
        views.save_as_template,
        name="save_template",
    ),
    path("templates/", saved_templates.template_list, name="templates"),
    path("templates/<int:pk>/", saved_templates.template_edit, name="template_edit"),
    path(
        "templates/<int:pk>/delete/",
        saved_templates.template_delete,
        name="template_delete",
    ),
]
