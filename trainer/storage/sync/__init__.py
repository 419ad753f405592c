"""The local side of sync (plain ``sqlite3``): which tables travel (``registry``), the capture triggers
that record every change with its clock (``capture``), reading records out (``reader``), applying
other PCs' records (``apply``), and erasing or merging learners across the centre (``people``)."""
