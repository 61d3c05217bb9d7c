"""The package list for setuptools, found rather than written by hand (issue 15).

Everything else is in pyproject.toml. pyproject.toml alone cannot both discover packages
and map the top-level templates/ and resources/ folders into cica_desktop, so this file
does it: cica_desktop and every package below it, then each mapped folder and every
folder below it (data folders as namespace packages, which setuptools asks for).
"""

from setuptools import find_namespace_packages, setup

#: Package name -> folder of the checkout it is built from.
MAPPED = {"cica_desktop.templates": "templates", "cica_desktop.resources": "resources"}

# Namespace discovery: a folder of modules without __init__.py still ships.
packages = find_namespace_packages(include=["cica_desktop", "cica_desktop.*"],
                                   exclude=["*.__pycache__"])
for name, folder in MAPPED.items():
    # Every sub-folder (samples/, fonts/…) is a package too: its files are package data.
    found = find_namespace_packages(folder, exclude=["__pycache__", "*.__pycache__"])
    packages += [name, *(f"{name}.{sub}" for sub in found)]

setup(packages=packages)  # package-dir (the same mapping) is in pyproject.toml
