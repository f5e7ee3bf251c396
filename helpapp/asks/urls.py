from django.urls import path

from helpapp.asks import views

app_name = "asks"
urlpatterns = [
    path("", views.ask_list, name="list"),
    path("new/", views.step_need, name="new"),
    path("<int:pk>/", views.ask_detail, name="detail"),
    path("<int:pk>/need/", views.step_need, name="need"),
    path("<int:pk>/person/", views.step_person, name="person"),
    path("<int:pk>/message/", views.step_message, name="message"),
    path("<int:pk>/sent/", views.ask_sent, name="sent"),
    path("<int:pk>/support/", views.support, name="support"),
]
