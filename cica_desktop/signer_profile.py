"""Who signs on this computer: the signer profile the settings keep and the mission's
layout and signature use (mission.py). A module of its own, free of the renderers, so the
window's settings load without them (docs/PERFORMANCE-PREVIEW.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignerProfile:
    """Who signs on this computer: kept in the settings, never in the project file."""

    #: The signatory's name as the letter prints it; picks the signature block to sign.
    name: str = ""
    titles: tuple[str, ...] = ()
    #: A scan of the handwritten signature (PNG with transparency, or JPEG).
    signature_image: str = ""
    #: The PKCS#12 file (.p12/.pfx) with the key and certificate.
    certificate: str = ""
