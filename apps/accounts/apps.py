from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "apps.accounts"
    label = "accounts"

    def ready(self):
        # The account e-mails (welcome, sign-up attempt) are reminder-outbox kinds.
        from apps.accounts import reminder_kinds  # noqa: F401
        from apps.accounts.tokens import token_cache_connect

        token_cache_connect()
