"""Save an article as one self-contained HTML file: readable offline, styles and pictures inside (R41)."""

import base64
import mimetypes
import re

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string

STYLESHEETS = ("css/portal.css",)
MEDIA_SRC = re.compile(r'src="' + re.escape(settings.MEDIA_URL) + r'([^"]+)"')


def inline_styles():
    parts = []
    for name in STYLESHEETS:
        location = finders.find(name)
        if location:
            with open(location, encoding="utf-8") as stylesheet:
                parts.append(stylesheet.read())
    return "\n".join(parts)


def embed_media(html):
    """Replace links to uploaded pictures with the pictures themselves (data: URIs)."""

    def inline(match):
        name = match.group(1)
        if not default_storage.exists(name):
            return match.group(0)
        with default_storage.open(name, "rb") as picture:
            payload = base64.b64encode(picture.read()).decode("ascii")
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return f'src="data:{mime};base64,{payload}"'

    return MEDIA_SRC.sub(inline, html)


def article_download(article, request):
    context = article.get_context(request)
    context["inline_css"] = inline_styles()
    context["absolute_url"] = article.get_full_url(request)
    html = embed_media(render_to_string("news/article_download.html", context, request=request))
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{article.slug}.html"'
    return response
