"""The leaders' weekly work schedule and the citizen reception schedule - Nghị định 43/2011, Điều 10."""

__all__ = []
