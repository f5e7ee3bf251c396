"""LeanOn's initial guidance content, as plain Python data.

A data migration loads these lists into the database; after that, admins
curate them. No Django imports here, so the content can be tested alone.
"""
