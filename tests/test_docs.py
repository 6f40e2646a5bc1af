"""The README stays true: every environment variable the code reads is documented there."""

import re

from config import env

README = (env.BASE_DIR / "README.md").read_text()
ENV_MODULE = (env.BASE_DIR / "config" / "env.py").read_text()


def test_every_environment_variable_read_by_config_env_is_in_the_readme():
    names = set(re.findall(r'env_(?:str|bool|int|list)\(\s*"([A-Z_]+)"', ENV_MODULE))
    assert names, "config/env.py reads no variables? the pattern above no longer matches it"
    missing = sorted(name for name in names if f"`{name}`" not in README)
    assert not missing, f"document these in README.md's configuration table: {missing}"


def test_the_readme_gives_the_two_commands():
    assert "make run" in README
    assert "make test" in README
