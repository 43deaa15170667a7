"""Demonstration articles for ``setup_portal --demo`` (texts in demo_content.py)."""

import datetime
import io
import random

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.demo import find, paragraph

from .models import ArticlePage

PALETTE = [(11, 79, 156), (23, 105, 62), (165, 14, 37), (120, 72, 10), (70, 52, 130), (0, 110, 120)]


def illustration(title, seed):
    """A plain generated picture standing in for a news photo."""
    rng = random.Random(seed)
    colour = PALETTE[seed % len(PALETTE)]
    picture = PILImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(picture)
    for _ in range(14):
        x, y, r = rng.randint(0, 1200), rng.randint(0, 675), rng.randint(40, 220)
        shade = tuple(min(255, c + rng.randint(20, 90)) for c in colour)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name=f"minh-hoa-{seed}.jpg")
    image.save()
    return image


def load_articles(home):
    from home.setup import publish

    from .demo_content import ARTICLES

    now = timezone.now()
    for number, item in enumerate(ARTICLES):
        section = find(home, item["section"])
        if section is None or ArticlePage.objects.filter(slug=item["slug"]).exists():
            continue
        body = [paragraph(*item["paragraphs"])]
        if item.get("quote"):
            quote, who = item["quote"]
            body.insert(1, {"type": "quote", "value": {"quote": quote, "attribution": who}})
        event_date = timezone.localdate() - datetime.timedelta(days=item["days_ago"])
        article = ArticlePage(
            title=item["title"],
            slug=item["slug"],
            intro=f"<p>{item['lead']}</p>",
            body=body,
            author=item["author"],
            event_date=event_date,
            locale_id=section.locale_id,
        )
        if item.get("source"):
            article.source_kind = ArticlePage.SOURCE_OTHER
            article.source_name, article.source_url = item["source"]
        if item.get("image"):
            article.main_image = illustration(item["title"], number)
            article.main_image_alt = f"Ảnh minh họa cho tin: {item['title']}"
        for tag in item.get("tags", []):
            article.tags.add(tag)
        section.add_child(instance=article)
        publish(article)
        # Published the day after the event, as a well-run portal would (for the deadline reports).
        published = now - datetime.timedelta(days=max(item["days_ago"] - 1, 0), hours=number % 7)
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=published, last_published_at=published)
