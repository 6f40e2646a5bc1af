from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "apps.core"
    label = "core"

    def ready(self):
        # Each app's navigation.py registers its top-bar destinations; core names none of them.
        from django.utils.module_loading import autodiscover_modules

        autodiscover_modules("navigation")
