"""Which steps a visit can take in the queue, and which of them this person may take now.

The queue service refuses what these rules refuse, and the screens offer what they allow: one set of rules for both.
"""

from __future__ import annotations

import enum
from datetime import timedelta

from wsp_desk.domain.enums import VisitStatus
from wsp_desk.domain.permissions import Action, Actor, allowed

S = VisitStatus
# The status changes a visit can make; a closed visit makes none.
MOVES: dict[VisitStatus, frozenset[VisitStatus]] = {
    S.WAITING: frozenset({S.CALLED, S.PARKED, S.LEFT, S.NOT_SERVED, S.CANCELLED}),
    S.CALLED: frozenset({S.CALLED, S.IN_CONVERSATION, S.WAITING, S.PARKED, S.NO_SHOW, S.LEFT, S.NOT_SERVED}),
    S.IN_CONVERSATION: frozenset({S.DONE, S.CALLED, S.WAITING, S.PARKED, S.LEFT}),
    S.PARKED: frozenset({S.WAITING, S.LEFT, S.NOT_SERVED}),
    S.DONE: frozenset(),
    S.NO_SHOW: frozenset(),
    S.LEFT: frozenset(),
    S.NOT_SERVED: frozenset(),
    S.CANCELLED: frozenset(),
}
# With a guide: called to a room, or in conversation.
ACTIVE = frozenset({S.CALLED, S.IN_CONVERSATION})
# Still in the day's queue.
OPEN = frozenset({S.WAITING, S.CALLED, S.IN_CONVERSATION, S.PARKED})
# How long after a change a mistake can still be undone with one action.
UNDO_WINDOW = timedelta(minutes=30)


class QueueStep(enum.StrEnum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    TRANSFER = "transfer"
    RETURN = "return"
    PARK = "park"
    LEAVE = "leave"
    CORRECT = "correct"
    CANCEL = "cancel"
    UNDO = "undo"


# Steps only the guide who has the visitor takes.
OWN_STEPS = frozenset({QueueStep.RECALL, QueueStep.START, QueueStep.FINISH})


def may_move(status: VisitStatus, to: VisitStatus) -> bool:
    return to in MOVES[status]


def queue_steps(status: VisitStatus, guide_id: int | None, actor: Actor) -> frozenset[QueueStep]:
    """The steps `actor` may take now on a visit in `status`, with the guide `guide_id` (or none)."""
    steps: set[QueueStep] = set()
    if allowed(actor.role, Action.REGISTER_VISIT):
        steps.add(QueueStep.UNDO)  # whether there is a recent change to take back, only the visit's history tells
        for step, to in ((QueueStep.LEAVE, S.LEFT), (QueueStep.CANCEL, S.CANCELLED)):
            if may_move(status, to):
                steps.add(step)
        if status in OPEN:
            steps.add(QueueStep.CORRECT)
    if allowed(actor.role, Action.VIEW_QUEUE):
        for step, to in ((QueueStep.RETURN, S.WAITING), (QueueStep.PARK, S.PARKED)):
            if may_move(status, to):
                steps.add(step)
    if allowed(actor.role, Action.CALL_VISITOR):
        if status == S.WAITING:
            steps.add(QueueStep.CALL)
        if status in ACTIVE:
            steps.add(QueueStep.TRANSFER)
        if guide_id is not None and guide_id == actor.user_id:
            if status == S.CALLED:
                steps |= {QueueStep.RECALL, QueueStep.START}
            elif status == S.IN_CONVERSATION:
                steps.add(QueueStep.FINISH)
    return frozenset(steps)
