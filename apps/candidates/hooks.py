"""What other apps can plug into the candidate's records, without candidates importing them.

``stage_changed`` listeners are called inside the stage-change transaction, after the new stage
and its history row are saved, as ``listener(application=, from_stage=, to_stage=)``. The
feedback app registers one that opens a thread when an application is rejected; a listener that
raises rolls the whole move back, so listeners write rows and never send anything.
"""

from apps.core.registry import Registry

stage_changed: Registry = Registry("stage-change listener")

# ``export_sections`` contribute to "all my data": each is ``section(user) -> dict`` whose keys are
# added to the export document (the candidate's own rows only, never anyone else's notes). A
# section runs a fixed number of queries whatever the data.
export_sections: Registry = Registry("export section")
