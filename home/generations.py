"""Cache generations: a token kept in the shared cache without expiry. Keys that include it are all
forgotten at once, by every process, when it is replaced: nothing to find or delete one by one."""

import uuid

from django.core.cache import cache


def current(key):
    """The generation stored at ``key`` (made when missing; the first process to add it wins)."""
    generation = cache.get(key)
    if generation is None:
        cache.add(key, uuid.uuid4().hex, None)
        generation = cache.get(key)
    return generation


def renew(key):
    """A new generation at ``key``: every key built on the old one is forgotten."""
    cache.set(key, uuid.uuid4().hex, None)
