"""The writer of the crash loop (tests/test_crash_loop.py): a desk working through the write paths until killed.

`python -m tests.crash_writer URL SERVICE_ID SEED` prints one line per write, only after it was committed:
`register VISIT`, `call VISIT`, `begin CONVERSATION`, `save CONVERSATION N`, `handover REFERRAL`,
`finish CONVERSATION`.
"""

from __future__ import annotations

import random
import sys

from tests.support import FAST_HASHER, GOOD_PASSWORD, FakeClock
from wsp_desk.db.engine import Database
from wsp_desk.db.models import ConversationOutcome, VisitorKind
from wsp_desk.desk import DeskContext
from wsp_desk.services.queue import Registration
from wsp_desk.services.referrals import Handover


def acknowledge(*words: object) -> None:
    print(*words, flush=True)


def main(url: str, service_id: str, seed: int) -> None:
    rng = random.Random(seed)
    desk = DeskContext.create(Database.connect(url), FakeClock(), f"crash-{seed}", hasher=FAST_HASHER)
    guide = desk.auth.login("gids", GOOD_PASSWORD)
    receptionist = desk.auth.login("balie", GOOD_PASSWORD)
    location = desk.locations.list_locations()[0].id
    # The kill before may have left the guide in a conversation: finish it, as the guide would after a restart.
    ongoing = desk.conversations.ongoing(guide)
    if ongoing is not None:
        desk.conversations.finish(guide, ongoing.id, ConversationOutcome.ANSWERED)
        acknowledge("finish", ongoing.id)
    acknowledge("ready")
    saves = 0
    while True:
        kind = rng.choice(list(VisitorKind))
        visit = desk.queue.register(receptionist, location, Registration(kind, question="Ik zoek werk"))
        acknowledge("register", visit.id)
        called = desk.queue.resume_or_call_next(guide, location)
        assert called is not None
        acknowledge("call", called.id)
        conversation = desk.conversations.begin(guide, called.id)
        acknowledge("begin", conversation.id)
        for _ in range(rng.randint(1, 3)):
            saves += 1
            desk.conversations.save(guide, conversation.id, notes=f"note {saves}")
            acknowledge("save", conversation.id, saves)
        outcome = rng.choice(list(ConversationOutcome))
        if outcome == ConversationOutcome.HANDOVER:
            referral = desk.referrals.prepare(guide, conversation.id, Handover(service_id, reason="Hulp bij werk"))
            acknowledge("handover", referral.id)
        desk.conversations.finish(guide, conversation.id, outcome)
        acknowledge("finish", conversation.id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
