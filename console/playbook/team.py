"""Who to call in a crisis: the crisis-team roles that have people, in the playbook's order (the
crisis lead first), each with its people. The crisis banner shows it, so the team is on screen
whatever the panels' layout."""

from console.playbook.store import PlaybookStore


def on_call(store: PlaybookStore, lang: str | None = None) -> list[dict]:
    """[{"role": title, "name": ..., "phone": ...}], one per person, roles in playbook order."""
    people: dict[str, list[dict]] = {}
    for person in store.contacts():
        people.setdefault(person["role"], []).append(person)
    return [{"role": role.title, "name": p["name"], "phone": p.get("phone") or ""}
            for role in store.playbook(lang).roles for p in people.get(role.id, [])]
