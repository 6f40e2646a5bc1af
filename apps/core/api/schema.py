from drf_spectacular.openapi import AutoSchema as BaseAutoSchema


class AutoSchema(BaseAutoSchema):
    """Name schema components after the view that nests them.

    House style nests ``InputSerializer``/``OutputSerializer`` inside each ``<Entity><Action>Api``;
    by class name alone they would all be called "Input"/"Output" and overwrite each other.
    ``MeApi.OutputSerializer`` becomes ``MeOutput``.
    """

    def get_serializer_name(self, serializer, direction):
        parts = type(serializer).__qualname__.split(".")
        if len(parts) >= 2:
            return parts[-2].removesuffix("Api") + parts[-1]
        return super().get_serializer_name(serializer, direction)
