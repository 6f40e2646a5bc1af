from django.apps import AppConfig


class RecruitersConfig(AppConfig):
    name = "apps.recruiters"
    label = "recruiters"
