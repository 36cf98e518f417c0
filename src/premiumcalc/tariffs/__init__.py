"""Tariff files: models, validation, the shared catalogues and the installed tariff set."""

from premiumcalc.tariffs.catalog import Catalog, CatalogError, load_catalog
from premiumcalc.tariffs.loader import (
    LoadedTariff,
    Problem,
    TariffDirError,
    TariffFileError,
    TariffSet,
    load_tariff_file,
    load_tariffs,
    parse_tariff,
)
from premiumcalc.tariffs.models import INSTALMENTS, KNOWN_MODULES, Module, Tariff

__all__ = [
    "INSTALMENTS",
    "KNOWN_MODULES",
    "Catalog",
    "CatalogError",
    "LoadedTariff",
    "Module",
    "Problem",
    "Tariff",
    "TariffDirError",
    "TariffFileError",
    "TariffSet",
    "load_catalog",
    "load_tariff_file",
    "load_tariffs",
    "parse_tariff",
]
