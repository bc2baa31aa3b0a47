"""MkDocs hooks for kolom (see mkdocs.yml `hooks:`); the logic lives in kolom.site.hook."""

from kolom.site.hook import on_build_error, on_config, on_files, on_post_build

__all__ = ["on_build_error", "on_config", "on_files", "on_post_build"]
