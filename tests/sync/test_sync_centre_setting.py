"""The sign-in look is the centre's (issue 14 defect 7): a tutor's choice on one PC reaches every PC of
the centre with the next sync, by USB bundle or through the hub, and the latest choice wins on all."""

from __future__ import annotations

import time

from test_sync_bundles import PC as BundlePC
from test_sync_hub import PC as HubPC

from tests.ui.conftest import set_up_centre
from trainer.services import sign_in_look


def look(pc) -> tuple[int, bool]:
    chosen = sign_in_look.load(pc.folder)  # what the sign-in screen of that PC starts with
    return chosen.text_size, chosen.high_contrast


def test_the_later_choice_wins_on_both_pcs_through_usb_bundles(made):
    town, village = made(BundlePC, "town", "Sunshine Centre"), made(BundlePC, "village")
    sign_in_look.save(town.db, 26, False)
    village.take(town.export("1.dbsync"), code=town.code)
    assert look(village) == (26, False)  # the village PC shows the town tutor's choice
    sign_in_look.save(town.db, 18, True)  # both change it before the next bundles: the village's is later
    time.sleep(0.01)
    sign_in_look.save(village.db, 36, True)
    to_village, to_town = town.export("2.dbsync"), village.export("2.dbsync")
    village.take(to_village)  # the older choice arrives after the newer one here
    town.take(to_town)
    assert look(town) == look(village) == (36, True)
    again = town.export("3.dbsync")
    village.take(again)
    assert look(village) == (36, True)


def test_a_pc_that_never_synced_keeps_its_own_choice(made):
    town, alone = made(BundlePC, "town", "Sunshine Centre"), made(BundlePC, "alone")
    sign_in_look.save(town.db, 26, False)
    town.export()
    sign_in_look.save(alone.db, 36, True)
    assert look(alone) == (36, True) and look(town) == (26, False)
    alone.take(town.export("2.dbsync"), code=town.code)  # it joins later: the centre ends on one look
    town.take(alone.export())
    assert look(alone) == look(town)


def test_the_later_choice_wins_through_the_hub(made, hub_url):
    a, b = made(HubPC, "pc-a", "Sunshine Centre"), made(HubPC, "pc-b")
    a.setup(hub_url)
    b.setup(hub_url)
    sign_in_look.save(b.db, 26, True)
    time.sleep(0.01)
    sign_in_look.save(a.db, 36, False)  # later, on the other PC
    b.sync()
    a.sync()
    b.sync()
    assert look(a) == look(b) == (36, False)


def test_a_waiting_sign_in_screen_takes_the_centres_new_look_after_a_background_sync(
    app_window, qtbot, hub_url, paths, made
):
    from trainer.app import start_sync
    from trainer.services.sync.hub import setup_hub
    from trainer.ui.operations import wait_until_idle
    from trainer.ui.style import current_settings

    w = app_window
    set_up_centre(w, "135792")
    setup_hub(w.ctx.db, paths.data, hub_url)
    w.go_sign_in()
    assert w.current_name() == "signin" and current_settings().text_size == 18
    other = made(HubPC, "pc-b")
    other.setup(hub_url)
    sign_in_look.save(other.db, 36, True)  # a tutor on another PC of the centre
    other.sync()
    start_sync(w.ctx, w)  # what the app does after its warm-up: a sync now, in the background
    runner = w.ctx.sync_runner
    try:
        qtbot.waitUntil(lambda: current_settings().text_size == 36, timeout=30000)
        assert current_settings().high_contrast and w.current_name() == "signin"
        wait_until_idle()
    finally:
        runner.stop()
