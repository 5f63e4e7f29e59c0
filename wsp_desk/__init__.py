"""WSP Desk: the desk application of werkcentrum Haaglanden at the WSP Rijswijk."""

__version__ = "0.1.0"
