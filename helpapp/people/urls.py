from django.urls import path

from helpapp.people import views

app_name = "people"
urlpatterns = [
    path("", views.person_list, name="list"),
    path("new/", views.person_add, name="add"),
    path("<int:pk>/", views.person_detail, name="detail"),
    path("<int:pk>/edit/", views.person_edit, name="edit"),
    path("<int:pk>/delete/", views.person_delete, name="delete"),
    path("<int:pk>/restore/", views.person_restore, name="restore"),
    path("<int:pk>/helped/", views.helped, name="helped"),
    path("helped/<int:pk>/remove/", views.remove_help, name="remove_help"),
]
