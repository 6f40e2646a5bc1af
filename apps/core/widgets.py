from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


class LongSelect(forms.Select):
    """A <select> for long, flat choice lists (e.g. ~600 time zones).

    Django renders every <option> through its own template, which costs ~150 ms per page for
    the time-zone list; this builds the same markup in Python.
    """

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        selected = "" if value is None else str(value)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((key, mark_safe(" selected") if str(key) == selected else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)
