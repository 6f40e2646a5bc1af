from rest_framework import pagination


class CursorPagination(pagination.CursorPagination):
    """Stable pages however fast rows are added: newest first, by creation time."""

    ordering = "-created_at"
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100
