"""Dot voting in the room: starting a round, placing dots, the tally."""
