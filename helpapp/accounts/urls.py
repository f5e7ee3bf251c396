from django.urls import path

from helpapp.accounts import views

urlpatterns = [
    path("", views.account, name="account"),
    path("signup/", views.signup, name="signup"),
    path("export/", views.export_page, name="export"),
    path("export/data.json", views.export_json, name="export_json"),
    path("export/requests.csv", views.export_csv, name="export_csv"),
    path("delete/", views.delete_account, name="delete_account"),
]
