from django.urls import path

from helpapp.guidance import views

urlpatterns = [
    path("help-now/", views.crisis, name="crisis"),
    path("help-now/my-country/", views.save_country, name="crisis_country"),
]
