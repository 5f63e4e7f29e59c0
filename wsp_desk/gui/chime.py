"""The waiting-room screen's chime for a new call: a short two-tone sound through QtMultimedia."""

from __future__ import annotations

import logging
import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QUrl

from wsp_desk import paths

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


class Sound(Protocol):
    def play(self) -> None: ...


# Makes the sound for a screen that opens; None: no sound (no audio output, or a test).
SoundFactory = Callable[[], Sound | None]


class Chime:
    """A short two-tone chime through QtMultimedia; the WAV file is made in the cache folder on first use."""

    def __init__(self, effect: QSoundEffect) -> None:
        self._effect = effect

    @classmethod
    def create(cls) -> Chime | None:
        """The chime on the computer's default audio output; None without one (or without Qt's audio libraries)."""
        try:
            # Imported here: the audio libraries load only for a screen that plays the chime.
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            log.info("no chime: Qt Multimedia cannot load (%s)", error)
            return None
        if QMediaDevices.defaultAudioOutput().isNull():
            log.info("no chime: this computer has no audio output")
            return None
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(chime_file())))
        effect.setVolume(0.8)
        return cls(effect)

    def play(self) -> None:
        self._effect.play()


def chime_file() -> Path:
    path = paths.cache_dir() / "chime.wav"
    if not path.is_file():
        write_chime(path)
    return path


def write_chime(path: Path, rate: int = 48_000) -> None:
    """A soft "ding-dong": E5 then C5, each a sine with two quiet overtones, a quick attack and a gentle decay.

    16-bit stereo at 48 kHz, the format audio outputs take as they are (some refuse mono or other rates).
    """
    samples = bytearray()
    for frequency, seconds in ((659.25, 0.35), (523.25, 0.7)):
        for number in range(int(rate * seconds)):
            t = number / rate
            envelope = min(1.0, t / 0.01) * math.exp(-4.5 * t)
            wave_value = sum(
                weight * math.sin(2 * math.pi * frequency * overtone * t)
                for overtone, weight in ((1, 0.75), (2, 0.2), (3, 0.05))
            )
            sample = round(0.55 * 32767 * envelope * wave_value)
            samples += struct.pack("<hh", sample, sample)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as output:
        output.setnchannels(2)
        output.setsampwidth(2)
        output.setframerate(rate)
        output.writeframes(bytes(samples))
    partial.replace(path)
