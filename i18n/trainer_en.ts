<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Answer</name>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ Right answer</translation>
    </message>
    <message>
        <source>✗ Not this one</source>
        <translation>✗ Not this one</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Flower</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fish</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Bird</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Teapot</source>
        <translation>Teapot</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Moon</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Mountain</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Boat</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Cat</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backed up to %1 (checked: it opens and holds everything).</source>
        <translation>Backed up to %1 (checked: it opens and holds everything).</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>No backups in %1.</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation>%1 learners</translation>
    </message>
    <message>
        <source>DAMAGED or not the trainer&apos;s: not offered</source>
        <translation>DAMAGED or not the trainer&apos;s: not offered</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Backup from %1: %2 learner(s), %3 answer(s).</source>
        <translation>Backup from %1: %2 learner(s), %3 answer(s).</translation>
    </message>
    <message>
        <source>Run again with --yes to restore it (this replaces the data on this PC).</source>
        <translation>Run again with --yes to restore it (this replaces the data on this PC).</translation>
    </message>
    <message>
        <source>Restore it? The data on this PC now is backed up first. [y/N] </source>
        <translation>Restore it? The data on this PC now is backed up first. [y/N] </translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>The data that was here is kept in %1.</source>
        <translation>The data that was here is kept in %1.</translation>
    </message>
    <message>
        <source>No records are put aside: nothing waits for a decision.</source>
        <translation>No records are put aside: nothing waits for a decision.</translation>
    </message>
    <message>
        <source>Done: the data now is taken as right. The damaged file stays where it is, and older backups may now be rotated away.</source>
        <translation>Done: the data now is taken as right. The damaged file stays where it is, and older backups may now be rotated away.</translation>
    </message>
    <message>
        <source>%1 holds real learners, tutors or a centre (perhaps added while the demo was being made): the demo never touches real data, and what it wrote was taken out again. Use an empty folder, for example: TRAINER_HOME=/tmp/trainer-demo trainer demo</source>
        <translation>%1 holds real learners, tutors or a centre (perhaps added while the demo was being made): the demo never touches real data, and what it wrote was taken out again. Use an empty folder, for example: TRAINER_HOME=/tmp/trainer-demo trainer demo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed. Free some space on it, then run the command again.</source>
        <translation>The disk is full (%1). Nothing was changed. Free some space on it, then run the command again.</translation>
    </message>
    <message>
        <source>%1 is damaged (it fails its integrity check).</source>
        <translation>%1 is damaged (it fails its integrity check).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of the trainer&apos;s.</source>
        <translation>%1 is an SQLite database, but not one of the trainer&apos;s.</translation>
    </message>
    <message>
        <source>%1 is not a backup of the trainer: its tables are not the trainer&apos;s (%2).</source>
        <translation>%1 is not a backup of the trainer: its tables are not the trainer&apos;s (%2).</translation>
    </message>
    <message>
        <source>%1 has been altered: its triggers are not the trainer&apos;s (%2). It could stop answers from being saved.</source>
        <translation>%1 has been altered: its triggers are not the trainer&apos;s (%2). It could stop answers from being saved.</translation>
    </message>
    <message>
        <source>%1 is not a backup of the trainer, or it is damaged.</source>
        <translation>%1 is not a backup of the trainer, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of the trainer (schema %2; this one knows %3). Install the newer version.</source>
        <translation>%1 was made by a newer version of the trainer (schema %2; this one knows %3). Install the newer version.</translation>
    </message>
    <message>
        <source>The database is in use by another program (is the trainer open?). Close it and try again.</source>
        <translation>The database is in use by another program (is the trainer open?). Close it and try again.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2). Give this account write permission to it.</source>
        <translation>The database %1 cannot be written (%2). Give this account write permission to it.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used right now (%2).</source>
        <translation>The database %1 cannot be used right now (%2).</translation>
    </message>
    <message>
        <source>Cannot write in %1. Give the folder write permission, or free some disk space.</source>
        <translation>Cannot write in %1. Give the folder write permission, or free some disk space.</translation>
    </message>
    <message>
        <source>The database was damaged and has been put aside (not deleted) as %1. Start the app to use a backup.</source>
        <translation>The database was damaged and has been put aside (not deleted) as %1. Start the app to use a backup.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>The backup could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Note: on %1 the database was damaged and put aside (kept as %2). The data now may be missing learners.</source>
        <translation>Note: on %1 the database was damaged and put aside (kept as %2). The data now may be missing learners.</translation>
    </message>
    <message>
        <source>The last good backup from before (%1, %2 learners) is kept: trainer restore %3</source>
        <translation>The last good backup from before (%1, %2 learners) is kept: trainer restore %3</translation>
    </message>
    <message>
        <source>If the data now is right, a tutor can end this notice with: trainer put-aside --keep-current</source>
        <translation>If the data now is right, a tutor can end this notice with: trainer put-aside --keep-current</translation>
    </message>
    <message>
        <source>the disk is full. Free some space on it.</source>
        <translation>the disk is full. Free some space on it.</translation>
    </message>
    <message>
        <source>cannot write in it (%1). Give the folder write permission.</source>
        <translation>cannot write in it (%1). Give the folder write permission.</translation>
    </message>
    <message>
        <source>%1: only %2 MB free on the disk. Free some space: answers and backups need it.</source>
        <translation>%1: only %2 MB free on the disk. Free some space: answers and backups need it.</translation>
    </message>
    <message>
        <source>%1 failed its check: %2 (%3).</source>
        <translation>%1 failed its check: %2 (%3).</translation>
    </message>
    <message>
        <source>The newest good backup is %1: trainer restore %1</source>
        <translation>The newest good backup is %1: trainer restore %1</translation>
    </message>
    <message>
        <source>The disk is full: answers cannot be saved. Free some space on it.</source>
        <translation>The disk is full: answers cannot be saved. Free some space on it.</translation>
    </message>
    <message>
        <source>%1 is read-only: answers cannot be saved. Give this account write permission to it.</source>
        <translation>%1 is read-only: answers cannot be saved. Give this account write permission to it.</translation>
    </message>
    <message>
        <source>A test write to %1 failed (%2).</source>
        <translation>A test write to %1 failed (%2).</translation>
    </message>
    <message>
        <source>emoji font</source>
        <translation>emoji font</translation>
    </message>
    <message>
        <source>none found: emoji in names show as empty boxes. Install fonts-noto-color-emoji (Linux) or Segoe UI Emoji (Windows).</source>
        <translation>none found: emoji in names show as empty boxes. Install fonts-noto-color-emoji (Linux) or Segoe UI Emoji (Windows).</translation>
    </message>
    <message>
        <source>%1 (from the app: this PC has none; black and white, and emoji newer than 2016 show as empty boxes. fonts-noto-color-emoji gives them all in colour)</source>
        <translation>%1 (from the app: this PC has none; black and white, and emoji newer than 2016 show as empty boxes. fonts-noto-color-emoji gives them all in colour)</translation>
    </message>
    <message>
        <source>Start the app to see what to do, or run trainer --self-test.</source>
        <translation>Start the app to see what to do, or run trainer --self-test.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your progress so far is saved.
Press OK and carry on. If it happens again, please tell your tutor.</source>
        <translation>Something unexpected happened. Your progress so far is saved.
Press OK and carry on. If it happens again, please tell your tutor.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 of %2 lessons done</translation>
    </message>
    <message>
        <source>Lessons for this level are not installed yet.</source>
        <translation>Lessons for this level are not installed yet.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open the %1 lessons</source>
        <translation>Open the %1 lessons</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Continue where I left off:
%1</source>
        <translation>Continue where I left off:
%1</translation>
    </message>
    <message>
        <source>My next lesson:
%1</source>
        <translation>My next lesson:
%1</translation>
    </message>
    <message>
        <source>Practise again (not mastered yet):
%1</source>
        <translation>Practise again (not mastered yet):
%1</translation>
    </message>
    <message>
        <source>Start my first lesson:
%1</source>
        <translation>Start my first lesson:
%1</translation>
    </message>
    <message>
        <source>All lessons done. Choose one below to practise again.</source>
        <translation>All lessons done. Choose one below to practise again.</translation>
    </message>
    <message>
        <source>Start my first lesson</source>
        <translation>Start my first lesson</translation>
    </message>
    <message>
        <source>Or begin another way. %1:
%2</source>
        <translation>Or begin another way. %1:
%2</translation>
    </message>
    <message>
        <source>Not sure where to start? Take a short check</source>
        <translation>Not sure where to start? Take a short check</translation>
    </message>
    <message>
        <source>Congratulations, %1! You have finished every lesson of: %2. Ask your tutor to print your certificate.</source>
        <translation>Congratulations, %1! You have finished every lesson of: %2. Ask your tutor to print your certificate.</translation>
    </message>
    <message>
        <source>Settings: text size, contrast, voice</source>
        <translation>Settings: text size, contrast, voice</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Back to my home page</source>
        <translation>Back to my home page</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Done ✓</translation>
    </message>
    <message>
        <source>Finished, not mastered yet: going through it again helps</source>
        <translation>Finished, not mastered yet: going through it again helps</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>About %1 minutes · %2</source>
        <translation>About %1 minutes · %2</translation>
    </message>
    <message>
        <source>We suggest this lesson first: %1</source>
        <translation>We suggest this lesson first: %1</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Practise this lesson again</source>
        <translation>Practise this lesson again</translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation>Back to my lessons</translation>
    </message>
    <message>
        <source>Thank you, %1.</source>
        <translation>Thank you, %1.</translation>
    </message>
    <message>
        <source>We suggest you start with: %1</source>
        <translation>We suggest you start with: %1</translation>
    </message>
    <message>
        <source>This is only a suggestion. You can choose any level on your home page.</source>
        <translation>This is only a suggestion. You can choose any level on your home page.</translation>
    </message>
    <message>
        <source>Start with %1</source>
        <translation>Start with %1</translation>
    </message>
    <message>
        <source>Well done, %1!</source>
        <translation>Well done, %1!</translation>
    </message>
    <message>
        <source>You have finished “%1”.</source>
        <translation>You have finished “%1”.</translation>
    </message>
    <message>
        <source>Good work, %1. Keep going!</source>
        <translation>Good work, %1. Keep going!</translation>
    </message>
    <message>
        <source>You have gone through “%1”. Practising once more will make it stick.</source>
        <translation>You have gone through “%1”. Practising once more will make it stick.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right at the first try.</source>
        <translation>You answered %1 of %2 questions right at the first try.</translation>
    </message>
    <message>
        <source>Step %1 is a practice that was left out. Do it once: it is only practice, nothing can go wrong.</source>
        <translation>Step %1 is a practice that was left out. Do it once: it is only practice, nothing can go wrong.</translation>
    </message>
    <message>
        <source>In step %1 you pressed a button that would be dangerous in real life, such as paying a stranger. Go through it once more and leave that button alone.</source>
        <translation>In step %1 you pressed a button that would be dangerous in real life, such as paying a stranger. Go through it once more and leave that button alone.</translation>
    </message>
    <message>
        <source>Step %1 is a practice app: do all its tasks, to the end.</source>
        <translation>Step %1 is a practice app: do all its tasks, to the end.</translation>
    </message>
    <message>
        <source>Step %1 is a practice: do all its rounds, calmly, until at least half of your tries are right.</source>
        <translation>Step %1 is a practice: do all its rounds, calmly, until at least half of your tries are right.</translation>
    </message>
    <message>
        <source>To finish this lesson, practise once more:</source>
        <translation>To finish this lesson, practise once more:</translation>
    </message>
    <message>
        <source>Practise step %1 now</source>
        <translation>Practise step %1 now</translation>
    </message>
    <message>
        <source>The tasks with the mouse and the keyboard are not easy yet (%1 of %2 went well). The basic level practises them step by step, so that is the place to start.</source>
        <translation>The tasks with the mouse and the keyboard are not easy yet (%1 of %2 went well). The basic level practises them step by step, so that is the place to start.</translation>
    </message>
    <message>
        <source>The tasks with the mouse and the keyboard went well (%1 of %2).</source>
        <translation>The tasks with the mouse and the keyboard went well (%1 of %2).</translation>
    </message>
    <message>
        <source>Questions on the %1 level: %2 of %3 right at the first try.</source>
        <translation>Questions on the %1 level: %2 of %3 right at the first try.</translation>
    </message>
    <message>
        <source>Everything went well, so the highest level suits you.</source>
        <translation>Everything went well, so the highest level suits you.</translation>
    </message>
    <message>
        <source>The %1 level starts where the questions became harder for you.</source>
        <translation>The %1 level starts where the questions became harder for you.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital Bridge</source>
        <translation>Digital Bridge</translation>
    </message>
    <message>
        <source>Some answers are not saved yet</source>
        <translation>Some answers are not saved yet</translation>
    </message>
    <message>
        <source>%1 answers could not be saved yet (the disk is full, or the record book cannot be written). If the trainer closes now, they are lost. Please ask your tutor to free some space first; they are saved by themselves as soon as there is room.</source>
        <translation>%1 answers could not be saved yet (the disk is full, or the record book cannot be written). If the trainer closes now, they are lost. Please ask your tutor to free some space first; they are saved by themselves as soon as there is room.</translation>
    </message>
    <message>
        <source>Keep the trainer open</source>
        <translation>Keep the trainer open</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing. Nothing will be lost.</source>
        <translation>Finishing the work in progress before closing. Nothing will be lost.</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>Stop it and close</translation>
    </message>
    <message>
        <source>Stopping… nothing will be left half-done.</source>
        <translation>Stopping… nothing will be left half-done.</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>That name is too long. Please use at most 40 letters.</source>
        <translation>That name is too long. Please use at most 40 letters.</translation>
    </message>
    <message>
        <source>That name has invisible characters in it. Please type it again with letters only.</source>
        <translation>That name has invisible characters in it. Please type it again with letters only.</translation>
    </message>
    <message>
        <source>Please type your name first. Your family name and given name are fine, or a nickname.</source>
        <translation>Please type your name first. Your family name and given name are fine, or a nickname.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Type your name here</source>
        <translation>Type your name here</translation>
    </message>
    <message>
        <source>Choose a picture. You will press it to sign in.</source>
        <translation>Choose a picture. You will press it to sign in.</translation>
    </message>
    <message>
        <source>Which language would you like?</source>
        <translation>Which language would you like?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Hide the details</source>
        <translation>Hide the details</translation>
    </message>
    <message>
        <source>Details for the tutor</source>
        <translation>Details for the tutor</translation>
    </message>
    <message>
        <source>All your answers are saved now.</source>
        <translation>All your answers are saved now.</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet: the computer&apos;s disk is full. Please carry on: they are kept and saved by themselves when there is room. Please tell your tutor.</source>
        <translation>Your last answers are not saved yet: the computer&apos;s disk is full. Please carry on: they are kept and saved by themselves when there is room. Please tell your tutor.</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet: the computer does not let the trainer write its record book. Please carry on: they are kept for now. Please tell your tutor.</source>
        <translation>Your last answers are not saved yet: the computer does not let the trainer write its record book. Please carry on: they are kept for now. Please tell your tutor.</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet. Please carry on: they are kept and saved by themselves in a moment. If this stays, please tell your tutor.</source>
        <translation>Your last answers are not saved yet. Please carry on: they are kept and saved by themselves in a moment. If this stays, please tell your tutor.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the record book is read-only</source>
        <translation>the record book is read-only</translation>
    </message>
    <message>
        <source>another program holds the record book</source>
        <translation>another program holds the record book</translation>
    </message>
    <message>
        <source>the computer could not write to the disk</source>
        <translation>the computer could not write to the disk</translation>
    </message>
    <message>
        <source>For your tutor: %1 answer(s) waiting because %2 (%3). Free some space or give write permission to %4; the trainer tries again every few seconds. Closing it now would lose them.</source>
        <translation>For your tutor: %1 answer(s) waiting because %2 (%3). Free some space or give write permission to %4; the trainer tries again every few seconds. Closing it now would lose them.</translation>
    </message>
    <message>
        <source>The trainer found a fault in its record book. Your answers are still being saved. Please tell your tutor.</source>
        <translation>The trainer found a fault in its record book. Your answers are still being saved. Please tell your tutor.</translation>
    </message>
    <message>
        <source>For your tutor: the start-up check failed (%1). Run trainer --self-test. The next start repairs it or puts it aside and offers the newest good backup.</source>
        <translation>For your tutor: the start-up check failed (%1). Run trainer --self-test. The next start repairs it or puts it aside and offers the newest good backup.</translation>
    </message>
    <message>
        <source>For your tutor: the damaged file is kept as %1.</source>
        <translation>For your tutor: the damaged file is kept as %1.</translation>
    </message>
    <message>
        <source>The last good backup from before is from %1 with %2 learners: restore it in tutor mode (Backups), or with trainer restore %3.</source>
        <translation>The last good backup from before is from %1 with %2 learners: restore it in tutor mode (Backups), or with trainer restore %3.</translation>
    </message>
    <message>
        <source>If the records now are right, say so in tutor mode, or run trainer put-aside --keep-current.</source>
        <translation>If the records now are right, say so in tutor mode, or run trainer put-aside --keep-current.</translation>
    </message>
    <message>
        <source>On %1 the record book was damaged and put aside: some learners may be missing. A tutor needs to decide what to do.</source>
        <translation>On %1 the record book was damaged and put aside: some learners may be missing. A tutor needs to decide what to do.</translation>
    </message>
</context>
<context>
    <name>OwnPhone</name>
    <message>
        <source>Try it on your own phone</source>
        <translation>Try it on your own phone</translation>
    </message>
    <message>
        <source>For your tutor</source>
        <translation>For your tutor</translation>
    </message>
    <message>
        <source>Who is watching?</source>
        <translation>Who is watching?</translation>
    </message>
    <message>
        <source>What did you see the learner do?</source>
        <translation>What did you see the learner do?</translation>
    </message>
    <message>
        <source>Tutor PIN</source>
        <translation>Tutor PIN</translation>
    </message>
    <message>
        <source>Save with my tutor PIN</source>
        <translation>Save with my tutor PIN</translation>
    </message>
    <message>
        <source>✓ %1 (seen by %2)</source>
        <translation>✓ %1 (seen by %2)</translation>
    </message>
    <message>
        <source>Your tutor has seen everything on this list. Well done!</source>
        <translation>Your tutor has seen everything on this list. Well done!</translation>
    </message>
    <message>
        <source>At the centre, show this step to your tutor: they can tick what you did.</source>
        <translation>At the centre, show this step to your tutor: they can tick what you did.</translation>
    </message>
    <message>
        <source>Tutor: watch the learner do these on their own phone, tick what you saw, and save with your tutor PIN.</source>
        <translation>Tutor: watch the learner do these on their own phone, tick what you saw, and save with your tutor PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right, so nothing was saved. %1 more tries before a pause.</source>
        <translation>That PIN is not right, so nothing was saved. %1 more tries before a pause.</translation>
    </message>
    <message>
        <source>Tutor PINs are paused for a while after too many wrong tries. Nothing was saved.</source>
        <translation>Tutor PINs are paused for a while after too many wrong tries. Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved. %1 saw: %2</source>
        <translation>Saved. %1 saw: %2</translation>
    </message>
    <message>
        <source>Please choose who is watching and at least one thing you saw.</source>
        <translation>Please choose who is watching and at least one thing you saw.</translation>
    </message>
    <message>
        <source>Please type your tutor PIN (6 to 12 numbers).</source>
        <translation>Please type your tutor PIN (6 to 12 numbers).</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
    <message>
        <source>Saving did not work. Nothing was lost; please try again.</source>
        <translation>Saving did not work. Nothing was lost; please try again.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>That PIN is not right. Please try again. If you have forgotten it, ask your tutor.</source>
        <translation>That PIN is not right. Please try again. If you have forgotten it, ask your tutor.</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>You can try your PIN again now.</translation>
    </message>
    <message>
        <source>Please wait %1 seconds, then try again.</source>
        <translation>Please wait %1 seconds, then try again.</translation>
    </message>
    <message>
        <source>Please wait %1 minutes, then try again.</source>
        <translation>Please wait %1 minutes, then try again.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <source>If you have forgotten your PIN, ask your tutor.</source>
        <translation>If you have forgotten your PIN, ask your tutor.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose your PIN again.</source>
        <translation>The two PINs were not the same. Please choose your PIN again.</translation>
    </message>
    <message>
        <source>A PIN has 4 numbers. Please press 4 numbers, then OK.</source>
        <translation>A PIN has 4 numbers. Please press 4 numbers, then OK.</translation>
    </message>
    <message>
        <source>A tutor PIN has at least 6 numbers. Please press them all, then OK.</source>
        <translation>A tutor PIN has at least 6 numbers. Please press them all, then OK.</translation>
    </message>
    <message>
        <source>%1 of 4 numbers entered</source>
        <translation>%1 of 4 numbers entered</translation>
    </message>
    <message>
        <source>%1 numbers entered</source>
        <translation>%1 numbers entered</translation>
    </message>
    <message>
        <source>6 to 12 numbers, then OK or Enter</source>
        <translation>6 to 12 numbers, then OK or Enter</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>PIN: %1</translation>
    </message>
    <message>
        <source>%1, please enter your PIN.</source>
        <translation>%1, please enter your PIN.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 numbers. You will enter it each time you sign in.</source>
        <translation>Choose a PIN of 4 numbers. You will enter it each time you sign in.</translation>
    </message>
    <message>
        <source>Please enter the same PIN again, to be sure.</source>
        <translation>Please enter the same PIN again, to be sure.</translation>
    </message>
    <message>
        <source>%1, please enter your tutor PIN.</source>
        <translation>%1, please enter your tutor PIN.</translation>
    </message>
    <message>
        <source>Choose a tutor PIN of 6 to 12 numbers. Learners must not see it.</source>
        <translation>Choose a tutor PIN of 6 to 12 numbers. Learners must not see it.</translation>
    </message>
    <message>
        <source>Please enter the same tutor PIN again, to be sure.</source>
        <translation>Please enter the same tutor PIN again, to be sure.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the last number</source>
        <translation>Delete the last number</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Number %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>This computer cannot read %1 aloud yet, so please read the text on the screen. Tell your tutor.</source>
        <translation>This computer cannot read %1 aloud yet, so please read the text on the screen. Tell your tutor.</translation>
    </message>
    <message>
        <source>This computer cannot play sound now. Please read the words on the screen.</source>
        <translation>This computer cannot play sound now. Please read the words on the screen.</translation>
    </message>
    <message>
        <source>Reading aloud is not working right now. The text stays on the screen.</source>
        <translation>Reading aloud is not working right now. The text stays on the screen.</translation>
    </message>
    <message>
        <source>Your tutor has been told. Stay on this step; they will come to help you.</source>
        <translation>Your tutor has been told. Stay on this step; they will come to help you.</translation>
    </message>
    <message>
        <source>Leave the lesson</source>
        <translation>Leave the lesson</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Back to the step before</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Read this step aloud again</source>
        <translation>Read this step aloud again</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Read this step again, more slowly</source>
        <translation>Read this step again, more slowly</translation>
    </message>
    <message>
        <source>Help me</source>
        <translation>Help me</translation>
    </message>
    <message>
        <source>Ask your tutor for help</source>
        <translation>Ask your tutor for help</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Check my answer</translation>
    </message>
    <message>
        <source>Choose one answer, then press “Check my answer”.</source>
        <translation>Choose one answer, then press “Check my answer”.</translation>
    </message>
    <message>
        <source>Is it true or false? Choose, then press “Check my answer”.</source>
        <translation>Is it true or false? Choose, then press “Check my answer”.</translation>
    </message>
    <message>
        <source>Choose every answer that is right, then press “Check my answer”.</source>
        <translation>Choose every answer that is right, then press “Check my answer”.</translation>
    </message>
    <message>
        <source>Put the steps in the right order with the Up and Down buttons.</source>
        <translation>Put the steps in the right order with the Up and Down buttons.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Move “%1” up</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Move “%1” down</translation>
    </message>
    <message>
        <source>Please choose an answer first.</source>
        <translation>Please choose an answer first.</translation>
    </message>
    <message>
        <source>✓ Well done, that is right.</source>
        <translation>✓ Well done, that is right.</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked with ✓.</source>
        <translation>Not quite. The right answer is marked with ✓.</translation>
    </message>
    <message>
        <source>The right order is shown above.</source>
        <translation>The right order is shown above.</translation>
    </message>
    <message>
        <source>The right answer is %1.</source>
        <translation>The right answer is %1.</translation>
    </message>
    <message>
        <source>The right answers are %1.</source>
        <translation>The right answers are %1.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Not quite yet. Read why below, then try again.</source>
        <translation>Not quite yet. Read why below, then try again.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>What to remember</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practise again</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Done: %1 of %2</translation>
    </message>
    <message>
        <source>Well done, you have finished this practice.</source>
        <translation>Well done, you have finished this practice.</translation>
    </message>
    <message>
        <source>%1 of your %2 tries were right.</source>
        <translation>%1 of your %2 tries were right.</translation>
    </message>
    <message>
        <source>Practice area</source>
        <translation>Practice area</translation>
    </message>
    <message>
        <source>That was the left button. Press the right button to open the menu.</source>
        <translation>That was the left button. Press the right button to open the menu.</translation>
    </message>
    <message>
        <source>The menu is open. Now click “%1”.</source>
        <translation>The menu is open. Now click “%1”.</translation>
    </message>
    <message>
        <source>That was “%1”. Open the menu again and click “%2”.</source>
        <translation>That was “%1”. Open the menu again and click “%2”.</translation>
    </message>
    <message>
        <source>It is in the album. Here is the next photo.</source>
        <translation>It is in the album. Here is the next photo.</translation>
    </message>
    <message>
        <source>Keep the left button held down while you move the mouse to the album.</source>
        <translation>Keep the left button held down while you move the mouse to the album.</translation>
    </message>
    <message>
        <source>The photo went back. Hold the button down until the photo is over the album, then let go.</source>
        <translation>The photo went back. Hold the button down until the photo is over the album, then let go.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>That was the right button. Click with the left button.</source>
        <translation>That was the right button. Click with the left button.</translation>
    </message>
    <message>
        <source>Good, you hit it.</source>
        <translation>Good, you hit it.</translation>
    </message>
    <message>
        <source>Just beside it. Move the pointer onto the target, then click.</source>
        <translation>Just beside it. Move the pointer onto the target, then click.</translation>
    </message>
    <message>
        <source>Move the pointer onto the round target first, then click.</source>
        <translation>Move the pointer onto the round target first, then click.</translation>
    </message>
    <message>
        <source>A little faster: press the second time straight after the first.</source>
        <translation>A little faster: press the second time straight after the first.</translation>
    </message>
    <message>
        <source>Keep the mouse still: it moved between the two presses. Rest your hand and press twice.</source>
        <translation>Keep the mouse still: it moved between the two presses. Rest your hand and press twice.</translation>
    </message>
    <message>
        <source>That was one click. Press the left button twice, quickly.</source>
        <translation>That was one click. Press the left button twice, quickly.</translation>
    </message>
    <message>
        <source>Point at the folder first, then press twice.</source>
        <translation>Point at the folder first, then press twice.</translation>
    </message>
    <message>
        <source>Time for your double-click: %1 seconds. If that is too little, choose more time in Settings.</source>
        <translation>Time for your double-click: %1 seconds. If that is too little, choose more time in Settings.</translation>
    </message>
    <message>
        <source>Close the folder</source>
        <translation>Close the folder</translation>
    </message>
    <message>
        <source>Use the left button to open things.</source>
        <translation>Use the left button to open things.</translation>
    </message>
    <message>
        <source>You opened “%1”. Well done!</source>
        <translation>You opened “%1”. Well done!</translation>
    </message>
    <message>
        <source>Now open it once more.</source>
        <translation>Now open it once more.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation>the space bar</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>the Up arrow</source>
        <translation>the Up arrow</translation>
    </message>
    <message>
        <source>the Down arrow</source>
        <translation>the Down arrow</translation>
    </message>
    <message>
        <source>the Left arrow</source>
        <translation>the Left arrow</translation>
    </message>
    <message>
        <source>the Right arrow</source>
        <translation>the Right arrow</translation>
    </message>
    <message>
        <source>The four arrow keys are at the bottom right, set out like an upside-down T.</source>
        <translation>The four arrow keys are at the bottom right, set out like an upside-down T.</translation>
    </message>
    <message>
        <source>Enter is the big key at the right end of the letters.</source>
        <translation>Enter is the big key at the right end of the letters.</translation>
    </message>
    <message>
        <source>Backspace is at the top right, at the end of the row of numbers.</source>
        <translation>Backspace is at the top right, at the end of the row of numbers.</translation>
    </message>
    <message>
        <source>The space bar is the long bar at the bottom, under the letters.</source>
        <translation>The space bar is the long bar at the bottom, under the letters.</translation>
    </message>
    <message>
        <source>There are two Shift keys, one at each end of the lowest row of letters.</source>
        <translation>There are two Shift keys, one at each end of the lowest row of letters.</translation>
    </message>
    <message>
        <source>Click on the keyboard picture first, then press the key.</source>
        <translation>Click on the keyboard picture first, then press the key.</translation>
    </message>
    <message>
        <source>Keyboard picture</source>
        <translation>Keyboard picture</translation>
    </message>
    <message>
        <source>Press: %1</source>
        <translation>Press: %1</translation>
    </message>
    <message>
        <source>Right, that was %1.</source>
        <translation>Right, that was %1.</translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation>the key “%1”</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>another key</translation>
    </message>
    <message>
        <source>That was %1.</source>
        <translation>That was %1.</translation>
    </message>
    <message>
        <source>Writing box</source>
        <translation>Writing box</translation>
    </message>
    <message>
        <source>Previous page of characters</source>
        <translation>Previous page of characters</translation>
    </message>
    <message>
        <source>Next page of characters</source>
        <translation>Next page of characters</translation>
    </message>
    <message>
        <source>Write: %1  (pinyin: %2)</source>
        <translation>Write: %1  (pinyin: %2)</translation>
    </message>
    <message>
        <source>Click in the writing box first, then type.</source>
        <translation>Click in the writing box first, then type.</translation>
    </message>
    <message>
        <source>Chinese input</source>
        <translation>Chinese input</translation>
    </message>
    <message>
        <source>English input</source>
        <translation>English input</translation>
    </message>
    <message>
        <source>That went in as a letter: the input is in English mode (英). Press Backspace, then Shift to switch to Chinese (中).</source>
        <translation>That went in as a letter: the input is in English mode (英). Press Backspace, then Shift to switch to Chinese (中).</translation>
    </message>
    <message>
        <source>First press Backspace to delete the wrong character.</source>
        <translation>First press Backspace to delete the wrong character.</translation>
    </message>
    <message>
        <source>Now pick %1 from the numbered list.</source>
        <translation>Now pick %1 from the numbered list.</translation>
    </message>
    <message>
        <source>The pinyin of %1 is %2. The next letter is “%3”.</source>
        <translation>The pinyin of %1 is %2. The next letter is “%3”.</translation>
    </message>
    <message>
        <source>Deleted. Now type the pinyin again.</source>
        <translation>Deleted. Now type the pinyin again.</translation>
    </message>
    <message>
        <source>Right. Here is the next one.</source>
        <translation>Right. Here is the next one.</translation>
    </message>
    <message>
        <source>That wrote %1, not %2. Press Backspace to delete it, then type the pinyin again.</source>
        <translation>That wrote %1, not %2. Press Backspace to delete it, then type the pinyin again.</translation>
    </message>
    <message>
        <source>%1 is on another page: press = or ▶ to turn the page.</source>
        <translation>%1 is on another page: press = or ▶ to turn the page.</translation>
    </message>
    <message>
        <source>A long list</source>
        <translation>A long list</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Scroll bar</translation>
    </message>
    <message>
        <source>This time, use the scroll bar on the right: hold its handle down and drag it.</source>
        <translation>This time, use the scroll bar on the right: hold its handle down and drag it.</translation>
    </message>
    <message>
        <source>That is “%1”. Keep scrolling to find “%2”.</source>
        <translation>That is “%1”. Keep scrolling to find “%2”.</translation>
    </message>
    <message>
        <source>Type this:</source>
        <translation>Type this:</translation>
    </message>
    <message>
        <source>Your typing</source>
        <translation>Your typing</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Click in the white box and type the text first.</source>
        <translation>Click in the white box and type the text first.</translation>
    </message>
    <message>
        <source>Exactly right. Here is the next one.</source>
        <translation>Exactly right. Here is the next one.</translation>
    </message>
    <message>
        <source>Good effort. Let’s go on to the next one.</source>
        <translation>Good effort. Let’s go on to the next one.</translation>
    </message>
    <message>
        <source>Nearly: only the capital letters differ. Hold Shift and press a letter for a capital.</source>
        <translation>Nearly: only the capital letters differ. Hold Shift and press a letter for a capital.</translation>
    </message>
    <message>
        <source>Nearly: check the spaces between the words.</source>
        <translation>Nearly: check the spaces between the words.</translation>
    </message>
    <message>
        <source>Right so far. It goes on with: %1</source>
        <translation>Right so far. It goes on with: %1</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>Nearly. Look at the underlined place, number %1: it should be %2.</source>
        <translation>Nearly. Look at the underlined place, number %1: it should be %2.</translation>
    </message>
    <message>
        <source>Backspace deletes the letter before the cursor.</source>
        <translation>Backspace deletes the letter before the cursor.</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Close the trainer</source>
        <translation>Close the trainer</translation>
    </message>
    <message>
        <source>The record book could not be read</source>
        <translation>The record book could not be read</translation>
    </message>
    <message>
        <source>The file that keeps everyone&apos;s progress is damaged. It has been put aside, not deleted.</source>
        <translation>The file that keeps everyone&apos;s progress is damaged. It has been put aside, not deleted.</translation>
    </message>
    <message>
        <source>There is a saved copy from %1 with %2 learners. Press “Use the saved copy” to carry on from it.</source>
        <translation>There is a saved copy from %1 with %2 learners. Press “Use the saved copy” to carry on from it.</translation>
    </message>
    <message>
        <source>There is a saved copy from %1. Press “Use the saved copy” to carry on from it.</source>
        <translation>There is a saved copy from %1. Press “Use the saved copy” to carry on from it.</translation>
    </message>
    <message>
        <source>There is no saved copy. You can start a new, empty record book. Ask your tutor for help.</source>
        <translation>There is no saved copy. You can start a new, empty record book. Ask your tutor for help.</translation>
    </message>
    <message>
        <source>For your tutor: the damaged file is now %1</source>
        <translation>For your tutor: the damaged file is now %1</translation>
    </message>
    <message>
        <source>The trainer cannot save your progress</source>
        <translation>The trainer cannot save your progress</translation>
    </message>
    <message>
        <source>This computer does not allow the trainer to write in its folder.</source>
        <translation>This computer does not allow the trainer to write in its folder.</translation>
    </message>
    <message>
        <source>Please ask your tutor. They can give the folder write permission, or free some disk space.</source>
        <translation>Please ask your tutor. They can give the folder write permission, or free some disk space.</translation>
    </message>
    <message>
        <source>For your tutor: the folder is %1</source>
        <translation>For your tutor: the folder is %1</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full</source>
        <translation>The computer&apos;s disk is full</translation>
    </message>
    <message>
        <source>The trainer cannot open its record book because there is no room left on the disk.</source>
        <translation>The trainer cannot open its record book because there is no room left on the disk.</translation>
    </message>
    <message>
        <source>Please ask your tutor to free some space, then press “Try again”. Nothing has been changed or lost.</source>
        <translation>Please ask your tutor to free some space, then press “Try again”. Nothing has been changed or lost.</translation>
    </message>
    <message>
        <source>For your tutor: the disk that holds %1 is full.</source>
        <translation>For your tutor: the disk that holds %1 is full.</translation>
    </message>
    <message>
        <source>This trainer is older than your records</source>
        <translation>This trainer is older than your records</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of the trainer.</source>
        <translation>Your progress was saved by a newer version of the trainer.</translation>
    </message>
    <message>
        <source>Please ask your tutor to install the newest version. Nothing has been changed.</source>
        <translation>Please ask your tutor to install the newest version. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The record book is busy or locked</source>
        <translation>The record book is busy or locked</translation>
    </message>
    <message>
        <source>The trainer could not open the file that keeps everyone&apos;s progress.</source>
        <translation>The trainer could not open the file that keeps everyone&apos;s progress.</translation>
    </message>
    <message>
        <source>Please wait a moment and press “Try again”. Nothing has been changed or lost.</source>
        <translation>Please wait a moment and press “Try again”. Nothing has been changed or lost.</translation>
    </message>
    <message>
        <source>For your tutor: %1</source>
        <translation>For your tutor: %1</translation>
    </message>
    <message>
        <source>Use the saved copy</source>
        <translation>Use the saved copy</translation>
    </message>
    <message>
        <source>Start a new, empty record book</source>
        <translation>Start a new, empty record book</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so this could not be done. Nothing was changed. Free some space on the disk or USB stick, then try again.</source>
        <translation>The disk is full, so this could not be done. Nothing was changed. Free some space on the disk or USB stick, then try again.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the trainer. Install the newest version first. Nothing was changed.</source>
        <translation>That backup was made by a newer version of the trainer. Install the newest version first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be written. Is there room on the disk or USB stick? Nothing was changed.</source>
        <translation>The backup could not be written. Is there room on the disk or USB stick? Nothing was changed.</translation>
    </message>
    <message>
        <source>This is no longer on this computer: it was removed meanwhile. Nothing was changed.</source>
        <translation>This is no longer on this computer: it was removed meanwhile. Nothing was changed.</translation>
    </message>
    <message>
        <source>The record book could not be opened just now. Please wait a moment and try again. Nothing was lost.</source>
        <translation>The record book could not be opened just now. Please wait a moment and try again. Nothing was lost.</translation>
    </message>
    <message>
        <source>This is the only tutor left. Add another tutor before retiring this one.</source>
        <translation>This is the only tutor left. Add another tutor before retiring this one.</translation>
    </message>
    <message>
        <source>There is already a tutor with that name (perhaps retired: bring them back instead). Please choose another name.</source>
        <translation>There is already a tutor with that name (perhaps retired: bring them back instead). Please choose another name.</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Please type a name.</translation>
    </message>
    <message>
        <source>That name is too long: at most 40 letters, please.</source>
        <translation>That name is too long: at most 40 letters, please.</translation>
    </message>
    <message>
        <source>That name has characters that cannot be shown. Please type it again.</source>
        <translation>That name has characters that cannot be shown. Please type it again.</translation>
    </message>
    <message>
        <source>the year of birth</source>
        <translation>the year of birth</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>the gender</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>the language</translation>
    </message>
    <message>
        <source>The disk or USB stick is full. Free some space or choose another place.</source>
        <translation>The disk or USB stick is full. Free some space or choose another place.</translation>
    </message>
    <message>
        <source>The trainer may not write there. Choose another folder, or check that the USB stick is not locked.</source>
        <translation>The trainer may not write there. Choose another folder, or check that the USB stick is not locked.</translation>
    </message>
    <message>
        <source>The file or folder is not there any more. Is the USB stick still plugged in?</source>
        <translation>The file or folder is not there any more. Is the USB stick still plugged in?</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Progress report</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress by level</source>
        <translation>Progress by level</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Lessons mastered</source>
        <translation>Lessons mastered</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Mastered on</source>
        <translation>Mastered on</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Lessons in progress</source>
        <translation>Lessons in progress</translation>
    </message>
    <message>
        <source>Time spent learning</source>
        <translation>Time spent learning</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Checked by a tutor</source>
        <translation>Checked by a tutor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Whole level: %1</source>
        <translation>Whole level: %1</translation>
    </message>
    <message>
        <source>No lessons mastered yet. Every step counts!</source>
        <translation>No lessons mastered yet. Every step counts!</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Help asked</source>
        <translation>Help asked</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>May need help</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Learners: %1</source>
        <translation>Learners: %1</translation>
    </message>
    <message>
        <source>Made with Digital Bridge on %1</source>
        <translation>Made with Digital Bridge on %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>many wrong tries on one step</source>
        <translation>many wrong tries on one step</translation>
    </message>
    <message>
        <source>a long time on one step</source>
        <translation>a long time on one step</translation>
    </message>
    <message>
        <source>asked for help</source>
        <translation>asked for help</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>A  Smaller</source>
        <translation>A  Smaller</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <source>A  Bigger</source>
        <translation>A  Bigger</translation>
    </message>
    <message>
        <source>Make the text bigger</source>
        <translation>Make the text bigger</translation>
    </message>
    <message>
        <source>Size %1 of %2</source>
        <translation>Size %1 of %2</translation>
    </message>
    <message>
        <source>This is how your lessons will look.</source>
        <translation>This is how your lessons will look.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>Brisk</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <source>How much time you have for the second click. If double-clicking is hard, choose more time.</source>
        <translation>How much time you have for the second click. If double-clicking is hard, choose more time.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>Time for a double-click</source>
        <translation>Time for a double-click</translation>
    </message>
    <message>
        <source>Movement on screen</source>
        <translation>Movement on screen</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>Less movement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your picture asks for your PIN when you sign in.</source>
        <translation>Your picture asks for your PIN when you sign in.</translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation>Remove my PIN</translation>
    </message>
    <message>
        <source>You can add a PIN of 4 numbers so that only you can open your lessons.</source>
        <translation>You can add a PIN of 4 numbers so that only you can open your lessons.</translation>
    </message>
    <message>
        <source>Add a PIN</source>
        <translation>Add a PIN</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Digital Bridge</source>
        <translation>Digital Bridge</translation>
    </message>
    <message>
        <source>Who is learning today?</source>
        <translation>Who is learning today?</translation>
    </message>
    <message>
        <source>Press your picture to begin. New here? Press “I am new”.</source>
        <translation>Press your picture to begin. New here? Press “I am new”.</translation>
    </message>
    <message>
        <source>I am new</source>
        <translation>I am new</translation>
    </message>
    <message>
        <source>I am new: make my own picture to sign in</source>
        <translation>I am new: make my own picture to sign in</translation>
    </message>
    <message>
        <source>For tutors</source>
        <translation>For tutors</translation>
    </message>
    <message>
        <source>For tutors: sign in with a tutor PIN</source>
        <translation>For tutors: sign in with a tutor PIN</translation>
    </message>
    <message>
        <source>Nobody has signed up on this computer yet. Press “I am new” to begin.</source>
        <translation>Nobody has signed up on this computer yet. Press “I am new” to begin.</translation>
    </message>
    <message>
        <source>%1, asks for a PIN</source>
        <translation>%1, asks for a PIN</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Digits entered: %1</translation>
    </message>
    <message>
        <source>Practice · nothing is sent</source>
        <translation>Practice · nothing is sent</translation>
    </message>
    <message>
        <source>Practice screen</source>
        <translation>Practice screen</translation>
    </message>
    <message>
        <source>Practice — nothing is sent.</source>
        <translation>Practice — nothing is sent.</translation>
    </message>
    <message>
        <source>This is a practice copy of an app. Nothing you do here leaves this computer.</source>
        <translation>This is a practice copy of an app. Nothing you do here leaves this computer.</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <source>All %1 tasks done</source>
        <translation>All %1 tasks done</translation>
    </message>
    <message>
        <source>Task %1 of %2</source>
        <translation>Task %1 of %2</translation>
    </message>
    <message>
        <source>You pressed a dangerous button on the way. Press “Practise again” and go through it once more without it.</source>
        <translation>You pressed a dangerous button on the way. Press “Practise again” and go through it once more without it.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Well done.</translation>
    </message>
    <message>
        <source>This is only practice: nothing was paid or sent.</source>
        <translation>This is only practice: nothing was paid or sent.</translation>
    </message>
    <message>
        <source>The right place now has a thick frame around it.</source>
        <translation>The right place now has a thick frame around it.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Using the computer: mouse, keyboard, windows, the internet, staying safe.</source>
        <translation>Using the computer: mouse, keyboard, windows, the internet, staying safe.</translation>
    </message>
    <message>
        <source>Everyday life: messages, video calls, paying, booking, spotting scams.</source>
        <translation>Everyday life: messages, video calls, paying, booking, spotting scams.</translation>
    </message>
    <message>
        <source>Doing more: shopping, banking, judging information, making and fixing things.</source>
        <translation>Doing more: shopping, banking, judging information, making and fixing things.</translation>
    </message>
</context>
<context>
    <name>Tutor</name>
    <message>
        <source>That passphrase is not right. Nothing was issued. Please type it again.</source>
        <translation>That passphrase is not right. Nothing was issued. Please type it again.</translation>
    </message>
    <message>
        <source>This computer has no signing key yet. Set up tutor mode again, or run: trainer keys create</source>
        <translation>This computer has no signing key yet. Set up tutor mode again, or run: trainer keys create</translation>
    </message>
    <message>
        <source>The signing key file is damaged. Restore it from a backup of the data folder.</source>
        <translation>The signing key file is damaged. Restore it from a backup of the data folder.</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>Nothing was issued.</translation>
    </message>
    <message>
        <source>The qualifications framework / credits setting cannot be used: %1. Nothing was issued.</source>
        <translation>The qualifications framework / credits setting cannot be used: %1. Nothing was issued.</translation>
    </message>
    <message>
        <source>There is no certificate %1 in this centre&apos;s register.</source>
        <translation>There is no certificate %1 in this centre&apos;s register.</translation>
    </message>
    <message>
        <source>This learner has not finished every lesson of that level yet.</source>
        <translation>This learner has not finished every lesson of that level yet.</translation>
    </message>
    <message>
        <source>The sign-off date (%1) is after today&apos;s date of issue.</source>
        <translation>The sign-off date (%1) is after today&apos;s date of issue.</translation>
    </message>
    <message>
        <source>The sign-off date (%1) is before the learner started these lessons.</source>
        <translation>The sign-off date (%1) is before the learner started these lessons.</translation>
    </message>
    <message>
        <source>“%1” is not a tutor of this centre: add them in tutor mode, or sign off again.</source>
        <translation>“%1” is not a tutor of this centre: add them in tutor mode, or sign off again.</translation>
    </message>
    <message>
        <source>The remark to print is %1 characters long; at most %2 fit on the certificate. Sign off again with a shorter note, or do not print the remark.</source>
        <translation>The remark to print is %1 characters long; at most %2 fit on the certificate. Sign off again with a shorter note, or do not print the remark.</translation>
    </message>
    <message>
        <source>That backup is damaged: it fails its integrity check.</source>
        <translation>That backup is damaged: it fails its integrity check.</translation>
    </message>
    <message>
        <source>That file is an SQLite database, but not one of the trainer&apos;s.</source>
        <translation>That file is an SQLite database, but not one of the trainer&apos;s.</translation>
    </message>
    <message>
        <source>That file is not a backup of the trainer: its tables are not the trainer&apos;s (%1).</source>
        <translation>That file is not a backup of the trainer: its tables are not the trainer&apos;s (%1).</translation>
    </message>
    <message>
        <source>That backup has been altered: its triggers are not the trainer&apos;s (%1). Restoring it could stop answers from being saved.</source>
        <translation>That backup has been altered: its triggers are not the trainer&apos;s (%1). Restoring it could stop answers from being saved.</translation>
    </message>
    <message>
        <source>That file is not a backup of the trainer, or it is damaged.</source>
        <translation>That file is not a backup of the trainer, or it is damaged.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Tutor sign-in is closed until %1.</source>
        <translation>Too many wrong PINs. Tutor sign-in is closed until %1.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (like 123456 or 111111). Please choose another.</source>
        <translation>That PIN is too easy to guess (like 123456 or 111111). Please choose another.</translation>
    </message>
    <message>
        <source>A tutor PIN has 6 to 12 numbers. Please choose another.</source>
        <translation>A tutor PIN has 6 to 12 numbers. Please choose another.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1 more tries before tutor sign-in closes for a while.</source>
        <translation>That PIN is not right. %1 more tries before tutor sign-in closes for a while.</translation>
    </message>
    <message>
        <source>Certificates issued here…</source>
        <translation>Certificates issued here…</translation>
    </message>
    <message>
        <source>Where should the certificate files go?</source>
        <translation>Where should the certificate files go?</translation>
    </message>
    <message>
        <source>Certificate %1 is ready: the PDF to print, and the signed files for recognition bodies, are in %2.</source>
        <translation>Certificate %1 is ready: the PDF to print, and the signed files for recognition bodies, are in %2.</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked. Save the revocation list and register again and send them to the recognition body.</source>
        <translation>Certificate %1 is revoked. Save the revocation list and register again and send them to the recognition body.</translation>
    </message>
    <message>
        <source>Where should the revocation list and register go?</source>
        <translation>Where should the revocation list and register go?</translation>
    </message>
    <message>
        <source>Saved in %1: %2 (the revocation list, %3 revoked) and %4 with its signature %5. Send them to the recognition body, or put them on the centre&apos;s website.</source>
        <translation>Saved in %1: %2 (the revocation list, %3 revoked) and %4 with its signature %5. Send them to the recognition body, or put them on the centre&apos;s website.</translation>
    </message>
    <message>
        <source>This could not be saved: %1. Please check it.</source>
        <translation>This could not be saved: %1. Please check it.</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>Saving the list…</translation>
    </message>
    <message>
        <source>Saved %1 learners in %2.</source>
        <translation>Saved %1 learners in %2.</translation>
    </message>
    <message>
        <source>Records put aside after damage</source>
        <translation>Records put aside after damage</translation>
    </message>
    <message>
        <source>The records now are right</source>
        <translation>The records now are right</translation>
    </message>
    <message>
        <source>Let them try their PIN again now</source>
        <translation>Let them try their PIN again now</translation>
    </message>
    <message>
        <source>Restore the last good backup from before the damage</source>
        <translation>Restore the last good backup from before the damage</translation>
    </message>
    <message>
        <source>Restore the backup from %1 (%2 learners)</source>
        <translation>Restore the backup from %1 (%2 learners)</translation>
    </message>
    <message>
        <source>Are the records on this computer now right? Then the notice ends, the damaged file stays where it is, and older backups (also those with more learners) may be rotated away.</source>
        <translation>Are the records on this computer now right? Then the notice ends, the damaged file stays where it is, and older backups (also those with more learners) may be rotated away.</translation>
    </message>
    <message>
        <source>Yes, the records now are right</source>
        <translation>Yes, the records now are right</translation>
    </message>
    <message>
        <source>Done: the records on this computer are kept as they are.</source>
        <translation>Done: the records on this computer are kept as they are.</translation>
    </message>
    <message>
        <source>Done: %1 can try their PIN again now.</source>
        <translation>Done: %1 can try their PIN again now.</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick</source>
        <translation>Choose a folder or USB stick</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Restoring the backup… please wait. Nothing will be lost.</source>
        <translation>Restoring the backup… please wait. Nothing will be lost.</translation>
    </message>
    <message>
        <source>Backup from %1: %2 learners, %3 answers. Restoring replaces what is on this computer now; a copy of it is kept first.</source>
        <translation>Backup from %1: %2 learners, %3 answers. Restoring replaces what is on this computer now; a copy of it is kept first.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <source>Erasing removes %1 and all their progress from this computer for ever. Save their data first if they may want it (the button above).</source>
        <translation>Erasing removes %1 and all their progress from this computer for ever. Save their data first if they may want it (the button above).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>This could not be done: %1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Added %1 learners.</source>
        <translation>Added %1 learners.</translation>
    </message>
    <message>
        <source>Lines left out: %1</source>
        <translation>Lines left out: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Nothing was imported. Please fix these lines in the file and import it again, or import only the good lines:</source>
        <translation>Nothing was imported. Please fix these lines in the file and import it again, or import only the good lines:</translation>
    </message>
    <message>
        <source>Import only the good lines</source>
        <translation>Import only the good lines</translation>
    </message>
    <message>
        <source>The file has no learners in it.</source>
        <translation>The file has no learners in it.</translation>
    </message>
    <message>
        <source>many wrong tries on one step</source>
        <translation>many wrong tries on one step</translation>
    </message>
    <message>
        <source>stuck on one step</source>
        <translation>stuck on one step</translation>
    </message>
    <message>
        <source>asked for help</source>
        <translation>asked for help</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>step %1 of %2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>a step that is no longer in the lesson</source>
        <translation>a step that is no longer in the lesson</translation>
    </message>
    <message>
        <source>%1 asked for help %2 in “%3”, %4.</source>
        <translation>%1 asked for help %2 in “%3”, %4.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Showing %1 of %2 learners. Press a name to open that learner&apos;s page.</source>
        <translation>Showing %1 of %2 learners. Press a name to open that learner&apos;s page.</translation>
    </message>
    <message>
        <source>Nobody is waiting for help.</source>
        <translation>Nobody is waiting for help.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark as helped: %1</source>
        <translation>Mark as helped: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>some lessons</source>
        <translation>some lessons</translation>
    </message>
    <message>
        <source>all lessons</source>
        <translation>all lessons</translation>
    </message>
    <message>
        <source>Learners by level</source>
        <translation>Learners by level</translation>
    </message>
    <message>
        <source>Tutor dashboard</source>
        <translation>Tutor dashboard</translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation>Add a learner</translation>
    </message>
    <message>
        <source>Import or export the list of learners</source>
        <translation>Import or export the list of learners</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>Waiting for help</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>Find a learner by name</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>May need help</translation>
    </message>
    <message>
        <source>Asked for help</source>
        <translation>Asked for help</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>Learners and their progress</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>The class by level</translation>
    </message>
    <message>
        <source>Lock tutor mode</source>
        <translation>Lock tutor mode</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>Set up tutor mode</source>
        <translation>Set up tutor mode</translation>
    </message>
    <message>
        <source>This is done once per computer, by a tutor. Learners do not need it.</source>
        <translation>This is done once per computer, by a tutor. Learners do not need it.</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Name of the centre</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>Town or village</translation>
    </message>
    <message>
        <source>Centre code (if your network gave you one)</source>
        <translation>Centre code (if your network gave you one)</translation>
    </message>
    <message>
        <source>Your name (the first tutor)</source>
        <translation>Your name (the first tutor)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next: choose your PIN</source>
        <translation>Next: choose your PIN</translation>
    </message>
    <message>
        <source>Tutors: who is signing in?</source>
        <translation>Tutors: who is signing in?</translation>
    </message>
    <message>
        <source>Back to the learners</source>
        <translation>Back to the learners</translation>
    </message>
    <message>
        <source>Tutor mode is ready</source>
        <translation>Tutor mode is ready</translation>
    </message>
    <message>
        <source>Certificates from this centre are signed with a key kept on this computer. The key is locked with the passphrase below. Write it down and keep it somewhere safe: you need it to issue certificates, and nobody can recover it.</source>
        <translation>Certificates from this centre are signed with a key kept on this computer. The key is locked with the passphrase below. Write it down and keep it somewhere safe: you need it to issue certificates, and nobody can recover it.</translation>
    </message>
    <message>
        <source>Making the signing key… this takes a few seconds.</source>
        <translation>Making the signing key… this takes a few seconds.</translation>
    </message>
    <message>
        <source>The signing key is ready.</source>
        <translation>The signing key is ready.</translation>
    </message>
    <message>
        <source>The signing key could not be made now. You can make it later from the tutor pages.</source>
        <translation>The signing key could not be made now. You can make it later from the tutor pages.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>Please type your tutor PIN (6 to 12 numbers) first.</source>
        <translation>Please type your tutor PIN (6 to 12 numbers) first.</translation>
    </message>
    <message>
        <source>Please type the centre&apos;s signing passphrase first.</source>
        <translation>Please type the centre&apos;s signing passphrase first.</translation>
    </message>
    <message>
        <source>Making the certificate…</source>
        <translation>Making the certificate…</translation>
    </message>
    <message>
        <source>Erase %1 for ever</source>
        <translation>Erase %1 for ever</translation>
    </message>
    <message>
        <source>Tutor sign-in is closed for a while after too many wrong PINs.</source>
        <translation>Tutor sign-in is closed for a while after too many wrong PINs.</translation>
    </message>
    <message>
        <source>That PIN is not right. Nothing was signed off.</source>
        <translation>That PIN is not right. Nothing was signed off.</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Back to the dashboard</translation>
    </message>
    <message>
        <source>This learner&apos;s record</source>
        <translation>This learner&apos;s record</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>A level certificate needs every lesson of the level done. A progress certificate lists what is done so far. Both are signed with the centre&apos;s key: type its passphrase, then press one.</source>
        <translation>A level certificate needs every lesson of the level done. A progress certificate lists what is done so far. Both are signed with the centre&apos;s key: type its passphrase, then press one.</translation>
    </message>
    <message>
        <source>Please choose a certificate in the list first.</source>
        <translation>Please choose a certificate in the list first.</translation>
    </message>
    <message>
        <source>Please write why the certificate is revoked.</source>
        <translation>Please write why the certificate is revoked.</translation>
    </message>
    <message>
        <source>Yes, revoke %1 for good</source>
        <translation>Yes, revoke %1 for good</translation>
    </message>
    <message>
        <source>A revoked certificate stays revoked: it cannot be made valid again. Issue a new one if it was a mistake.</source>
        <translation>A revoked certificate stays revoked: it cannot be made valid again. Issue a new one if it was a mistake.</translation>
    </message>
    <message>
        <source>Certificates issued here</source>
        <translation>Certificates issued here</translation>
    </message>
    <message>
        <source>Every certificate this centre issued. Recognition bodies check them with the centre&apos;s signed revocation list and register: save both again after you revoke one.</source>
        <translation>Every certificate this centre issued. Recognition bodies check them with the centre&apos;s signed revocation list and register: save both again after you revoke one.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>No certificate has been issued on this computer yet. Certificates are issued from a learner&apos;s page.</source>
        <translation>No certificate has been issued on this computer yet. Certificates are issued from a learner&apos;s page.</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revoke a certificate</translation>
    </message>
    <message>
        <source>Choose it in the list, write the reason, then press Revoke.</source>
        <translation>Choose it in the list, write the reason, then press Revoke.</translation>
    </message>
    <message>
        <source>Why it is revoked</source>
        <translation>Why it is revoked</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Revocation list and register</source>
        <translation>Revocation list and register</translation>
    </message>
    <message>
        <source>Saves the signed revocation list and the signed register (a spreadsheet) to a folder or USB stick, for the recognition body or the centre&apos;s website.</source>
        <translation>Saves the signed revocation list and the signed register (a spreadsheet) to a folder or USB stick, for the recognition body or the centre&apos;s website.</translation>
    </message>
    <message>
        <source>The centre&apos;s signing passphrase</source>
        <translation>The centre&apos;s signing passphrase</translation>
    </message>
    <message>
        <source>Save the revocation list and register…</source>
        <translation>Save the revocation list and register…</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>Back to the tools</translation>
    </message>
    <message>
        <source>Progress certificate</source>
        <translation>Progress certificate</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Revoked %1: %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>%1 certificate</translation>
    </message>
    <message>
        <source>Progress report to print (PDF)</source>
        <translation>Progress report to print (PDF)</translation>
    </message>
    <message>
        <source>Save all of this learner&apos;s data (JSON)</source>
        <translation>Save all of this learner&apos;s data (JSON)</translation>
    </message>
    <message>
        <source>Show again on the sign-in screen</source>
        <translation>Show again on the sign-in screen</translation>
    </message>
    <message>
        <source>Hide from the sign-in screen (archive)</source>
        <translation>Hide from the sign-in screen (archive)</translation>
    </message>
    <message>
        <source>Erase this learner…</source>
        <translation>Erase this learner…</translation>
    </message>
    <message>
        <source>✓ %1: %2 (%3, %4)</source>
        <translation>✓ %1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Seen on their own phone (evidence for the sign-off):</source>
        <translation>Seen on their own phone (evidence for the sign-off):</translation>
    </message>
    <message>
        <source>Progress and time over the weeks</source>
        <translation>Progress and time over the weeks</translation>
    </message>
    <message>
        <source>Sign off a level</source>
        <translation>Sign off a level</translation>
    </message>
    <message>
        <source>Watch the learner do the level&apos;s practical tasks. Then type your PIN and press the level. Certificates will say “tutor-validated”.</source>
        <translation>Watch the learner do the level&apos;s practical tasks. Then type your PIN and press the level. Certificates will say “tutor-validated”.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Your tutor PIN</source>
        <translation>Your tutor PIN</translation>
    </message>
    <message>
        <source>Sign off %1</source>
        <translation>Sign off %1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Print the tutor&apos;s remark on the certificate: “%1”</source>
        <translation>Print the tutor&apos;s remark on the certificate: “%1”</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Lessons, tries and time</source>
        <translation>Lessons, tries and time</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lessons done</source>
        <translation>%1: %2 of %3 lessons done</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Finished, not mastered yet</source>
        <translation>Finished, not mastered yet</translation>
    </message>
    <message>
        <source>lessons done</source>
        <translation>lessons done</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>No activity yet.</translation>
    </message>
    <message>
        <source>%1 signed off by %2 on %3</source>
        <translation>%1 signed off by %2 on %3</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the name is longer than 40 letters</source>
        <translation>the name is longer than 40 letters</translation>
    </message>
    <message>
        <source>the cell starts like a spreadsheet formula (= + - @)</source>
        <translation>the cell starts like a spreadsheet formula (= + - @)</translation>
    </message>
    <message>
        <source>the name has invisible control characters</source>
        <translation>the name has invisible control characters</translation>
    </message>
    <message>
        <source>the language must be zh_CN or en</source>
        <translation>the language must be zh_CN or en</translation>
    </message>
    <message>
        <source>the birth year is not a year between 1900 and this year</source>
        <translation>the birth year is not a year between 1900 and this year</translation>
    </message>
    <message>
        <source>gender must be female, male, other or empty</source>
        <translation>gender must be female, male, other or empty</translation>
    </message>
    <message>
        <source>status must be active or archived</source>
        <translation>status must be active or archived</translation>
    </message>
    <message>
        <source>the picture name is not one of the trainer&apos;s pictures</source>
        <translation>the picture name is not one of the trainer&apos;s pictures</translation>
    </message>
    <message>
        <source>the line has more cells than the header</source>
        <translation>the line has more cells than the header</translation>
    </message>
    <message>
        <source>the same learner is already on line %1</source>
        <translation>the same learner is already on line %1</translation>
    </message>
    <message>
        <source>this learner is already on the list</source>
        <translation>this learner is already on the list</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file could not be read. Is it still on the USB stick?</source>
        <translation>The file could not be read. Is it still on the USB stick?</translation>
    </message>
    <message>
        <source>The file is too big for a list of learners.</source>
        <translation>The file is too big for a list of learners.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8. In your spreadsheet choose “Save as… CSV UTF-8” and try again.</source>
        <translation>The file is not saved as UTF-8. In your spreadsheet choose “Save as… CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <source>The file has no column called: %1</source>
        <translation>The file has no column called: %1</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s name.</source>
        <translation>Please type the learner&apos;s name.</translation>
    </message>
    <message>
        <source>The birth year is four numbers, for example 1952. Or leave it empty.</source>
        <translation>The birth year is four numbers, for example 1952. Or leave it empty.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Year of birth (optional, for the anonymous summary)</source>
        <translation>Year of birth (optional, for the anonymous summary)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>Gender (optional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Gender: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add the learner</source>
        <translation>Add the learner</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Stopping… nothing will be left half-done.</source>
        <translation>Stopping… nothing will be left half-done.</translation>
    </message>
    <message>
        <source>Reports, lists and backups</source>
        <translation>Reports, lists and backups</translation>
    </message>
    <message>
        <source>The list of learners (CSV, opens in spreadsheets)</source>
        <translation>The list of learners (CSV, opens in spreadsheets)</translation>
    </message>
    <message>
        <source>The centre&apos;s other computers</source>
        <translation>The centre&apos;s other computers</translation>
    </message>
    <message>
        <source>Class report to print (PDF)</source>
        <translation>Class report to print (PDF)</translation>
    </message>
    <message>
        <source>Class report for spreadsheets (CSV)</source>
        <translation>Class report for spreadsheets (CSV)</translation>
    </message>
    <message>
        <source>Anonymous summary for the centre&apos;s reporting (JSON)</source>
        <translation>Anonymous summary for the centre&apos;s reporting (JSON)</translation>
    </message>
    <message>
        <source>Anonymous summary (CSV)</source>
        <translation>Anonymous summary (CSV)</translation>
    </message>
    <message>
        <source>Import learners from a CSV file</source>
        <translation>Import learners from a CSV file</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>Save the list as a CSV file</translation>
    </message>
    <message>
        <source>Back up now (for example to a USB stick)</source>
        <translation>Back up now (for example to a USB stick)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Share records with the other computers…</source>
        <translation>Share records with the other computers…</translation>
    </message>
    <message>
        <source>Stop this work</source>
        <translation>Stop this work</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>✓ %1 (seen by %2, %3)</source>
        <translation>✓ %1 (seen by %2, %3)</translation>
    </message>
    <message>
        <source>Take this tick back</source>
        <translation>Take this tick back</translation>
    </message>
    <message>
        <source>Take back the tick for “%1”</source>
        <translation>Take back the tick for “%1”</translation>
    </message>
    <message>
        <source>Tick what you saw the learner do first.</source>
        <translation>Tick what you saw the learner do first.</translation>
    </message>
    <message>
        <source>Seen on their own phone: %1</source>
        <translation>Seen on their own phone: %1</translation>
    </message>
    <message>
        <source>Tick what you watched the learner do on their own phone, then save. These ticks are evidence for your sign-off and go into the certificate.</source>
        <translation>Tick what you watched the learner do on their own phone, then save. These ticks are evidence for your sign-off and go into the certificate.</translation>
    </message>
    <message>
        <source>None of this learner&apos;s lessons has an own-phone checklist.</source>
        <translation>None of this learner&apos;s lessons has an own-phone checklist.</translation>
    </message>
    <message>
        <source>Back to the learner</source>
        <translation>Back to the learner</translation>
    </message>
    <message>
        <source>Save what I saw</source>
        <translation>Save what I saw</translation>
    </message>
    <message>
        <source>Seen on their own phone…</source>
        <translation>Seen on their own phone…</translation>
    </message>
    <message>
        <source>Saved: %1 ticked, with your name.</source>
        <translation>Saved: %1 ticked, with your name.</translation>
    </message>
    <message>
        <source>The tick was taken back (it stays on record as withdrawn).</source>
        <translation>The tick was taken back (it stays on record as withdrawn).</translation>
    </message>
    <message>
        <source>Tutors and my PIN</source>
        <translation>Tutors and my PIN</translation>
    </message>
    <message>
        <source>That is not your PIN. Nothing was added.</source>
        <translation>That is not your PIN. Nothing was added.</translation>
    </message>
    <message>
        <source>%1 can now sign in as a tutor with their PIN.</source>
        <translation>%1 can now sign in as a tutor with their PIN.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>Your PIN is changed. Use the new one from now on.</source>
        <translation>Your PIN is changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>That is not your current PIN. Nothing was changed. %1 more tries before tutor sign-in closes for a while.</source>
        <translation>That is not your current PIN. Nothing was changed. %1 more tries before tutor sign-in closes for a while.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>Bring back %1</translation>
    </message>
    <message>
        <source>The new name of %1:</source>
        <translation>The new name of %1:</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <source>Retire %1? They can no longer sign in as a tutor. What they signed off stays on record, and they can be brought back later.</source>
        <translation>Retire %1? They can no longer sign in as a tutor. What they signed off stays on record, and they can be brought back later.</translation>
    </message>
    <message>
        <source>Please type the new tutor&apos;s name.</source>
        <translation>Please type the new tutor&apos;s name.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Please type them again.</source>
        <translation>The two new PINs are not the same. Please type them again.</translation>
    </message>
    <message>
        <source>Please type your own tutor PIN to confirm.</source>
        <translation>Please type your own tutor PIN to confirm.</translation>
    </message>
    <message>
        <source>Please type your current PIN.</source>
        <translation>Please type your current PIN.</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutors</translation>
    </message>
    <message>
        <source>Tutors who can sign in</source>
        <translation>Tutors who can sign in</translation>
    </message>
    <message>
        <source>Retired tutors</source>
        <translation>Retired tutors</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>Add a tutor</source>
        <translation>Add a tutor</translation>
    </message>
    <message>
        <source>The new tutor chooses their own PIN (6 to 12 numbers) and types it twice. You confirm with your PIN.</source>
        <translation>The new tutor chooses their own PIN (6 to 12 numbers) and types it twice. You confirm with your PIN.</translation>
    </message>
    <message>
        <source>The new tutor&apos;s name</source>
        <translation>The new tutor&apos;s name</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>Their PIN</translation>
    </message>
    <message>
        <source>Their PIN again</source>
        <translation>Their PIN again</translation>
    </message>
    <message>
        <source>Your current PIN</source>
        <translation>Your current PIN</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>Your new PIN</translation>
    </message>
    <message>
        <source>Your new PIN again</source>
        <translation>Your new PIN again</translation>
    </message>
    <message>
        <source>Add the tutor</source>
        <translation>Add the tutor</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Type your current PIN, then the new one twice. A wrong current PIN counts like a wrong PIN at sign-in.</source>
        <translation>Type your current PIN, then the new one twice. A wrong current PIN counts like a wrong PIN at sign-in.</translation>
    </message>
    <message>
        <source>Open it (to look at or print)</source>
        <translation>Open it (to look at or print)</translation>
    </message>
    <message>
        <source>The sign-in screen, for everyone at the centre</source>
        <translation>The sign-in screen, for everyone at the centre</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Largest text</translation>
    </message>
    <message>
        <source>High contrast on or off</source>
        <translation>High contrast on or off</translation>
    </message>
    <message>
        <source>This could not be kept: %1</source>
        <translation>This could not be kept: %1</translation>
    </message>
    <message>
        <source>normal text</source>
        <translation>normal text</translation>
    </message>
    <message>
        <source>large text</source>
        <translation>large text</translation>
    </message>
    <message>
        <source>the largest text</source>
        <translation>the largest text</translation>
    </message>
    <message>
        <source>text of %1 points</source>
        <translation>text of %1 points</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>high contrast</translation>
    </message>
    <message>
        <source>normal colours</source>
        <translation>normal colours</translation>
    </message>
    <message>
        <source>From now on the sign-in screen shows %1 in %2 for everyone.</source>
        <translation>From now on the sign-in screen shows %1 in %2 for everyone.</translation>
    </message>
    <message>
        <source>The centre&apos;s other computers that share records show it too, once they have shared again.</source>
        <translation>The centre&apos;s other computers that share records show it too, once they have shared again.</translation>
    </message>
</context>
<context>
    <name>TutorSync</name>
    <message>
        <source>This computer is not connected to a hub yet.</source>
        <translation>This computer is not connected to a hub yet.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Is the hub computer switched on, and is this computer on the same network (cable or Wi-Fi)? Learners can go on as usual: their work is kept here and shared as soon as the hub can be reached again.</source>
        <translation>The hub cannot be reached. Is the hub computer switched on, and is this computer on the same network (cable or Wi-Fi)? Learners can go on as usual: their work is kept here and shared as soon as the hub can be reached again.</translation>
    </message>
    <message>
        <source>The hub did not accept the user name or password. Check them with whoever set up the hub.</source>
        <translation>The hub did not accept the user name or password. Check them with whoever set up the hub.</translation>
    </message>
    <message>
        <source>The hub has no database with that name. Check the name.</source>
        <translation>The hub has no database with that name. Check the name.</translation>
    </message>
    <message>
        <source>The hub refused the connection: %1</source>
        <translation>The hub refused the connection: %1</translation>
    </message>
    <message>
        <source>This hub belongs to another centre (“%1”). Nothing was changed. If this computer should join that centre, choose “Join” below: its learners then belong to that centre too.</source>
        <translation>This hub belongs to another centre (“%1”). Nothing was changed. If this computer should join that centre, choose “Join” below: its learners then belong to that centre too.</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Digital Bridge. Update this computer first.</source>
        <translation>The hub was set up by a newer version of Digital Bridge. Update this computer first.</translation>
    </message>
    <message>
        <source>Set up this computer&apos;s centre first (tutor mode&apos;s first screen), then connect it.</source>
        <translation>Set up this computer&apos;s centre first (tutor mode&apos;s first screen), then connect it.</translation>
    </message>
    <message>
        <source>Sharing did not finish: %1. Nothing was half-done; try again.</source>
        <translation>Sharing did not finish: %1. Nothing was half-done; try again.</translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation>Nothing was loaded.</translation>
    </message>
    <message>
        <source>This file is not a Digital Bridge sharing file.</source>
        <translation>This file is not a Digital Bridge sharing file.</translation>
    </message>
    <message>
        <source>This file was made by a newer version: update this computer first.</source>
        <translation>This file was made by a newer version: update this computer first.</translation>
    </message>
    <message>
        <source>The file cannot be read. Is the USB stick still in? Copy it again.</source>
        <translation>The file cannot be read. Is the USB stick still in? Copy it again.</translation>
    </message>
    <message>
        <source>The file is too big to be a sharing file.</source>
        <translation>The file is too big to be a sharing file.</translation>
    </message>
    <message>
        <source>This file comes from another centre (“%1”).</source>
        <translation>This file comes from another centre (“%1”).</translation>
    </message>
    <message>
        <source>The centre code is needed the first time (see below).</source>
        <translation>The centre code is needed the first time (see below).</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made, or the centre code is not right. Make a new file on the computer it came from.</source>
        <translation>The file was changed or damaged after it was made, or the centre code is not right. Make a new file on the computer it came from.</translation>
    </message>
    <message>
        <source>The file is damaged. Make a new file on the computer it came from.</source>
        <translation>The file is damaged. Make a new file on the computer it came from.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>This computer does not share its records yet. Connect it to the centre&apos;s hub, or carry the records on a USB stick to computers without a network.</source>
        <translation>This computer does not share its records yet. Connect it to the centre&apos;s hub, or carry the records on a USB stick to computers without a network.</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>This computer: %1</translation>
    </message>
    <message>
        <source>Hub: %1. Last shared: %2.</source>
        <translation>Hub: %1. Last shared: %2.</translation>
    </message>
    <message>
        <source>No hub: records travel by USB stick.</source>
        <translation>No hub: records travel by USB stick.</translation>
    </message>
    <message>
        <source>Last saved for another computer: %1.</source>
        <translation>Last saved for another computer: %1.</translation>
    </message>
    <message>
        <source>Last loaded from another computer: %1.</source>
        <translation>Last loaded from another computer: %1.</translation>
    </message>
    <message>
        <source>Waiting to be shared from this computer: %1 change(s).</source>
        <translation>Waiting to be shared from this computer: %1 change(s).</translation>
    </message>
    <message>
        <source>Nothing is waiting to be shared from this computer.</source>
        <translation>Nothing is waiting to be shared from this computer.</translation>
    </message>
    <message>
        <source>%1 record(s) wait for the learner they belong to; they come with a later share.</source>
        <translation>%1 record(s) wait for the learner they belong to; they come with a later share.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off the hub&apos;s; sharing corrects for it.</source>
        <translation>This computer&apos;s clock is %1 minutes off the hub&apos;s; sharing corrects for it.</translation>
    </message>
    <message>
        <source>No other computer has shared with this one yet.</source>
        <translation>No other computer has shared with this one yet.</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>%1: last shared %2 (%3)</source>
        <translation>%1: last shared %2 (%3)</translation>
    </message>
    <message>
        <source>; %1 change(s) were still to send then</source>
        <translation>; %1 change(s) were still to send then</translation>
    </message>
    <message>
        <source>Sharing with the hub…</source>
        <translation>Sharing with the hub…</translation>
    </message>
    <message>
        <source>The centre code: %1
Keep it private: with it and a sharing file, anyone can read the centre&apos;s records.</source>
        <translation>The centre code: %1
Keep it private: with it and a sharing file, anyone can read the centre&apos;s records.</translation>
    </message>
    <message>
        <source>There is no centre code yet: it is made the first time records are saved for another computer or a hub is connected.</source>
        <translation>There is no centre code yet: it is made the first time records are saved for another computer or a hub is connected.</translation>
    </message>
    <message>
        <source>Shared: %1 change(s) sent, %2 received.</source>
        <translation>Shared: %1 change(s) sent, %2 received.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>The connection is encrypted.</translation>
    </message>
    <message>
        <source>The hub does not offer encryption (TLS); ask whoever set it up to switch it on.</source>
        <translation>The hub does not offer encryption (TLS); ask whoever set it up to switch it on.</translation>
    </message>
    <message>
        <source>Connected. %1 change(s) sent, %2 received.</source>
        <translation>Connected. %1 change(s) sent, %2 received.</translation>
    </message>
    <message>
        <source>Save for another computer</source>
        <translation>Save for another computer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1 records to %2. Load this file on the other computer.</source>
        <translation>Saved %1 records to %2. Load this file on the other computer.</translation>
    </message>
    <message>
        <source>Load from another computer</source>
        <translation>Load from another computer</translation>
    </message>
    <message>
        <source>Checking and loading…</source>
        <translation>Checking and loading…</translation>
    </message>
    <message>
        <source>Loaded the file from %1: %2 record(s) changed something here.</source>
        <translation>Loaded the file from %1: %2 record(s) changed something here.</translation>
    </message>
    <message>
        <source>If this computer belongs to that centre, type that centre&apos;s code to join it: this computer&apos;s learners and tutors then belong to that centre too.</source>
        <translation>If this computer belongs to that centre, type that centre&apos;s code to join it: this computer&apos;s learners and tutors then belong to that centre too.</translation>
    </message>
    <message>
        <source>The centre code is 24 letters and digits, for example ABCD-EFGH-IJKL-MNOP-QRST-UVWX.</source>
        <translation>The centre code is 24 letters and digits, for example ABCD-EFGH-IJKL-MNOP-QRST-UVWX.</translation>
    </message>
    <message>
        <source>Merged: every answer of both registrations now belongs to one learner. The other computers merge them at their next share.</source>
        <translation>Merged: every answer of both registrations now belongs to one learner. The other computers merge them at their next share.</translation>
    </message>
    <message>
        <source>Noted: they are two people. They will not be suggested again.</source>
        <translation>Noted: they are two people. They will not be suggested again.</translation>
    </message>
    <message>
        <source>Stopping… what is done so far is kept whole.</source>
        <translation>Stopping… what is done so far is kept whole.</translation>
    </message>
    <message>
        <source>Please fill in the hub computer, the database and the user name.</source>
        <translation>Please fill in the hub computer, the database and the user name.</translation>
    </message>
    <message>
        <source>Join “%1” with this computer&apos;s learners</source>
        <translation>Join “%1” with this computer&apos;s learners</translation>
    </message>
    <message>
        <source>%1, born %2: registered twice (on %3 and %4)</source>
        <translation>%1, born %2: registered twice (on %3 and %4)</translation>
    </message>
    <message>
        <source>%1 (no birth year given): registered twice (on %3 and %4)</source>
        <translation>%1 (no birth year given): registered twice (on %3 and %4)</translation>
    </message>
    <message>
        <source>Merge these two</source>
        <translation>Merge these two</translation>
    </message>
    <message>
        <source>Merge the two registrations of %1</source>
        <translation>Merge the two registrations of %1</translation>
    </message>
    <message>
        <source>They are two people</source>
        <translation>They are two people</translation>
    </message>
    <message>
        <source>%1: they are two different people</source>
        <translation>%1: they are two different people</translation>
    </message>
    <message>
        <source>Sharing with the centre&apos;s other computers</source>
        <translation>Sharing with the centre&apos;s other computers</translation>
    </message>
    <message>
        <source>The centre&apos;s computers</source>
        <translation>The centre&apos;s computers</translation>
    </message>
    <message>
        <source>Share now</source>
        <translation>Share now</translation>
    </message>
    <message>
        <source>Connect to the centre&apos;s hub…</source>
        <translation>Connect to the centre&apos;s hub…</translation>
    </message>
    <message>
        <source>Save to a USB stick…</source>
        <translation>Save to a USB stick…</translation>
    </message>
    <message>
        <source>Load from a USB stick…</source>
        <translation>Load from a USB stick…</translation>
    </message>
    <message>
        <source>Show the centre code</source>
        <translation>Show the centre code</translation>
    </message>
    <message>
        <source>Ask whoever set up the hub for these four things. The password is kept only on this computer, readable only by this user.</source>
        <translation>Ask whoever set up the hub for these four things. The password is kept only on this computer, readable only by this user.</translation>
    </message>
    <message>
        <source>Hub computer (name or address, e.g. 192.168.1.10)</source>
        <translation>Hub computer (name or address, e.g. 192.168.1.10)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Join the hub&apos;s centre</source>
        <translation>Join the hub&apos;s centre</translation>
    </message>
    <message>
        <source>This computer does not know the centre code yet. Type the code shown on a computer of the centre (Share → Show the centre code). You need it only once.</source>
        <translation>This computer does not know the centre code yet. Type the code shown on a computer of the centre (Share → Show the centre code). You need it only once.</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>Centre code</translation>
    </message>
    <message>
        <source>Load the file with this code</source>
        <translation>Load the file with this code</translation>
    </message>
    <message>
        <source>Learners who may be one person registered twice</source>
        <translation>Learners who may be one person registered twice</translation>
    </message>
    <message>
        <source>None: no two learners have the same name and birth year.</source>
        <translation>None: no two learners have the same name and birth year.</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>Back to the tools</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>This is the voice that will read your lessons.</source>
        <translation>This is the voice that will read your lessons.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Volunteers at your centre recorded lessons in their own voice. What they have not recorded is read by the computer&apos;s voice.</source>
        <translation>Volunteers at your centre recorded lessons in their own voice. What they have not recorded is read by the computer&apos;s voice.</translation>
    </message>
    <message>
        <source>Computer voice</source>
        <translation>Computer voice</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>Voice: %1</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Choose or make a voice, then a lesson.</source>
        <translation>Choose or make a voice, then a lesson.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; %3 to record again because the words changed; %4 left.</source>
        <translation>%1 of %2 recorded; %3 to record again because the words changed; %4 left.</translation>
    </message>
    <message>
        <source>Text %1 of %2</source>
        <translation>Text %1 of %2</translation>
    </message>
    <message>
        <source>Recorded. You can record it again.</source>
        <translation>Recorded. You can record it again.</translation>
    </message>
    <message>
        <source>The words changed since it was recorded: please record it again.</source>
        <translation>The words changed since it was recorded: please record it again.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>This computer cannot record sound. Tutor: install alsa-utils (arecord).</source>
        <translation>This computer cannot record sound. Tutor: install alsa-utils (arecord).</translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or switch it on in Windows&apos; sound settings).</source>
        <translation>No microphone was found. Plug one in (or switch it on in Windows&apos; sound settings).</translation>
    </message>
    <message>
        <source>This computer cannot record sound. Tutor: install SoX (brew install sox).</source>
        <translation>This computer cannot record sound. Tutor: install SoX (brew install sox).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <source>Listen to it with Play back, then Keep it or record again.</source>
        <translation>Listen to it with Play back, then Keep it or record again.</translation>
    </message>
    <message>
        <source>That recording cannot be used: %1. Please record again.</source>
        <translation>That recording cannot be used: %1. Please record again.</translation>
    </message>
    <message>
        <source>It could not be kept: %1</source>
        <translation>It could not be kept: %1</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Kept.</translation>
    </message>
    <message>
        <source>Write the volunteer&apos;s name first.</source>
        <translation>Write the volunteer&apos;s name first.</translation>
    </message>
    <message>
        <source>Record lessons in your own voice</source>
        <translation>Record lessons in your own voice</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Or make a new voice: dialect, name and the lessons&apos; language.</source>
        <translation>Or make a new voice: dialect, name and the lessons&apos; language.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Dialect, e.g. 四川话</source>
        <translation>Dialect, e.g. 四川话</translation>
    </message>
    <message>
        <source>Dialect or variety of the new voice</source>
        <translation>Dialect or variety of the new voice</translation>
    </message>
    <message>
        <source>Name, e.g. 李阿姨</source>
        <translation>Name, e.g. 李阿姨</translation>
    </message>
    <message>
        <source>Name of the new voice</source>
        <translation>Name of the new voice</translation>
    </message>
    <message>
        <source>Lessons in %1</source>
        <translation>Lessons in %1</translation>
    </message>
    <message>
        <source>New voice</source>
        <translation>New voice</translation>
    </message>
    <message>
        <source>Make a new voice with this name</source>
        <translation>Make a new voice with this name</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Sound level</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record this text</source>
        <translation>Record this text</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Play back</translation>
    </message>
    <message>
        <source>Listen to the recording</source>
        <translation>Listen to the recording</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep this recording</source>
        <translation>Keep this recording</translation>
    </message>
    <message>
        <source>Previous text</source>
        <translation>Previous text</translation>
    </message>
    <message>
        <source>Go to the text before</source>
        <translation>Go to the text before</translation>
    </message>
    <message>
        <source>Next text</source>
        <translation>Next text</translation>
    </message>
    <message>
        <source>Go to the next text</source>
        <translation>Go to the next text</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>That recording cannot be used: %1.</source>
        <translation>That recording cannot be used: %1.</translation>
    </message>
    <message>
        <source>Lessons in a volunteer&apos;s own voice or dialect</source>
        <translation>Lessons in a volunteer&apos;s own voice or dialect</translation>
    </message>
    <message>
        <source>Recorded voices: record, check, import, export…</source>
        <translation>Recorded voices: record, check, import, export…</translation>
    </message>
    <message>
        <source>Looking for the recorded voices…</source>
        <translation>Looking for the recorded voices…</translation>
    </message>
    <message>
        <source>Counting what is recorded…</source>
        <translation>Counting what is recorded…</translation>
    </message>
    <message>
        <source>Save the voice %1 to a file</source>
        <translation>Save the voice %1 to a file</translation>
    </message>
    <message>
        <source>Voice packs (*.dbvoice)</source>
        <translation>Voice packs (*.dbvoice)</translation>
    </message>
    <message>
        <source>Saving the voice…</source>
        <translation>Saving the voice…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 recordings) in %3. Other centres can import this file.</source>
        <translation>Saved %1 (%2 recordings) in %3. Other centres can import this file.</translation>
    </message>
    <message>
        <source>Choose a voice pack</source>
        <translation>Choose a voice pack</translation>
    </message>
    <message>
        <source>Checking every recording in %1…</source>
        <translation>Checking every recording in %1…</translation>
    </message>
    <message>
        <source>The voice %1 is already on this computer. Replace it with the one in %2?</source>
        <translation>The voice %1 is already on this computer. Replace it with the one in %2?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Replace it</translation>
    </message>
    <message>
        <source>Imported the voice %1 (%2 recordings). Learners can choose it in Settings.</source>
        <translation>Imported the voice %1 (%2 recordings). Learners can choose it in Settings.</translation>
    </message>
    <message>
        <source>All %1 texts recorded.</source>
        <translation>All %1 texts recorded.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded</source>
        <translation>%1 of %2 recorded</translation>
    </message>
    <message>
        <source>%1 to record again</source>
        <translation>%1 to record again</translation>
    </message>
    <message>
        <source>%1 not yet</source>
        <translation>%1 not yet</translation>
    </message>
    <message>
        <source>To record again (the words changed):</source>
        <translation>To record again (the words changed):</translation>
    </message>
    <message>
        <source>now %1, recorded as %2</source>
        <translation>now %1, recorded as %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Not recorded yet:</source>
        <translation>Not recorded yet:</translation>
    </message>
    <message>
        <source>The app&apos;s own words</source>
        <translation>The app&apos;s own words</translation>
    </message>
    <message>
        <source>What the app itself says in every lesson: a drill&apos;s hints, a quiz&apos;s “That&apos;s right.”, a simulation&apos;s “This is only practice”. %1 sentences can be recorded.</source>
        <translation>What the app itself says in every lesson: a drill&apos;s hints, a quiz&apos;s “That&apos;s right.”, a simulation&apos;s “This is only practice”. %1 sentences can be recorded.</translation>
    </message>
    <message>
        <source>%1 of the app&apos;s sentences hold a name, a number or a lesson&apos;s word that changes each time (such as how many tries were right): they cannot be recorded whole, so the computer&apos;s voice always reads them.</source>
        <translation>%1 of the app&apos;s sentences hold a name, a number or a lesson&apos;s word that changes each time (such as how many tries were right): they cannot be recorded whole, so the computer&apos;s voice always reads them.</translation>
    </message>
    <message>
        <source>Record the app&apos;s words…</source>
        <translation>Record the app&apos;s words…</translation>
    </message>
    <message>
        <source>Record the app&apos;s own words: hints and verdicts</source>
        <translation>Record the app&apos;s own words: hints and verdicts</translation>
    </message>
    <message>
        <source>Record this lesson…</source>
        <translation>Record this lesson…</translation>
    </message>
    <message>
        <source>Record the lesson %1</source>
        <translation>Record the lesson %1</translation>
    </message>
    <message>
        <source>What is left to record: %1</source>
        <translation>What is left to record: %1</translation>
    </message>
    <message>
        <source>%1 of %2 texts recorded in %3 lessons.</source>
        <translation>%1 of %2 texts recorded in %3 lessons.</translation>
    </message>
    <message>
        <source>The app&apos;s own words are counted too.</source>
        <translation>The app&apos;s own words are counted too.</translation>
    </message>
    <message>
        <source>To record again: %1. Not yet recorded: %2.</source>
        <translation>To record again: %1. Not yet recorded: %2.</translation>
    </message>
    <message>
        <source>Texts with the learner&apos;s name in them are always read by the computer&apos;s voice. Until a text is recorded again, learners hear the computer&apos;s voice there, never the old words.</source>
        <translation>Texts with the learner&apos;s name in them are always read by the computer&apos;s voice. Until a text is recorded again, learners hear the computer&apos;s voice there, never the old words.</translation>
    </message>
    <message>
        <source>Back to the voices</source>
        <translation>Back to the voices</translation>
    </message>
    <message>
        <source>%1 of %2 texts recorded (%3%)</source>
        <translation>%1 of %2 texts recorded (%3%)</translation>
    </message>
    <message>
        <source>%1 to record again (the lesson&apos;s words changed)</source>
        <translation>%1 to record again (the lesson&apos;s words changed)</translation>
    </message>
    <message>
        <source>Sound: this computer has no program to play sound (aplay is missing). Install alsa-utils: sudo apt install alsa-utils</source>
        <translation>Sound: this computer has no program to play sound (aplay is missing). Install alsa-utils: sudo apt install alsa-utils</translation>
    </message>
    <message>
        <source>Sound: this computer has no sound device (no sound card was found). Plug in speakers or headphones, or install the sound card&apos;s driver. Learners see the words but hear nothing.</source>
        <translation>Sound: this computer has no sound device (no sound card was found). Plug in speakers or headphones, or install the sound card&apos;s driver. Learners see the words but hear nothing.</translation>
    </message>
    <message>
        <source>Sound: works on this computer (%1).</source>
        <translation>Sound: works on this computer (%1).</translation>
    </message>
    <message>
        <source>Recorded voices</source>
        <translation>Recorded voices</translation>
    </message>
    <message>
        <source>A volunteer can record the lessons in their own voice or dialect. Learners choose in Settings which voice reads to them; what is not recorded is read by the computer&apos;s voice.</source>
        <translation>A volunteer can record the lessons in their own voice or dialect. Learners choose in Settings which voice reads to them; what is not recorded is read by the computer&apos;s voice.</translation>
    </message>
    <message>
        <source>Record with a new voice…</source>
        <translation>Record with a new voice…</translation>
    </message>
    <message>
        <source>Make a new voice and record</source>
        <translation>Make a new voice and record</translation>
    </message>
    <message>
        <source>Import a voice pack (.dbvoice)…</source>
        <translation>Import a voice pack (.dbvoice)…</translation>
    </message>
    <message>
        <source>No voice has been recorded or imported on this computer yet.</source>
        <translation>No voice has been recorded or imported on this computer yet.</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>What is left to record</source>
        <translation>What is left to record</translation>
    </message>
    <message>
        <source>Save to a file for other centres…</source>
        <translation>Save to a file for other centres…</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>Back to the tools</translation>
    </message>
    <message>
        <source>it is %bits-bit sound; it must be 16-bit</source>
        <translation>it is %bits-bit sound; it must be 16-bit</translation>
    </message>
    <message>
        <source>it has %rate samples a second; it must have 16000 to 48000</source>
        <translation>it has %rate samples a second; it must have 16000 to 48000</translation>
    </message>
    <message>
        <source>it has %n sound channels; it must be mono (one channel)</source>
        <translation>it has %n sound channels; it must be mono (one channel)</translation>
    </message>
    <message>
        <source>it is %s seconds long; one text may be at most %max seconds</source>
        <translation>it is %s seconds long; one text may be at most %max seconds</translation>
    </message>
    <message>
        <source>it is not a sound file that can be read (WAV)</source>
        <translation>it is not a sound file that can be read (WAV)</translation>
    </message>
    <message>
        <source>the sound file is cut short (damaged)</source>
        <translation>the sound file is cut short (damaged)</translation>
    </message>
    <message>
        <source>it is only %s seconds long</source>
        <translation>it is only %s seconds long</translation>
    </message>
    <message>
        <source>it is silent (no speech was heard)</source>
        <translation>it is silent (no speech was heard)</translation>
    </message>
    <message>
        <source>it is distorted: it was recorded too loud (move back a little from the microphone)</source>
        <translation>it is distorted: it was recorded too loud (move back a little from the microphone)</translation>
    </message>
    <message>
        <source>it is much quieter than the other recordings (speak a little closer to the microphone)</source>
        <translation>it is much quieter than the other recordings (speak a little closer to the microphone)</translation>
    </message>
    <message>
        <source>it is much louder than the other recordings</source>
        <translation>it is much louder than the other recordings</translation>
    </message>
    <message>
        <source>the microphone stopped</source>
        <translation>the microphone stopped</translation>
    </message>
    <message>
        <source>the microphone could not be opened (is it plugged in, and not used by another program?)</source>
        <translation>the microphone could not be opened (is it plugged in, and not used by another program?)</translation>
    </message>
    <message>
        <source>%file is not a voice pack file.</source>
        <translation>%file is not a voice pack file.</translation>
    </message>
    <message>
        <source>%file is too large for a voice pack.</source>
        <translation>%file is too large for a voice pack.</translation>
    </message>
    <message>
        <source>%file holds %member, which does not belong in a voice pack.</source>
        <translation>%file holds %member, which does not belong in a voice pack.</translation>
    </message>
    <message>
        <source>%file has no voice.json (the list of recordings).</source>
        <translation>%file has no voice.json (the list of recordings).</translation>
    </message>
    <message>
        <source>%file: the list of recordings is damaged.</source>
        <translation>%file: the list of recordings is damaged.</translation>
    </message>
    <message>
        <source>%file: the list of recordings is incomplete.</source>
        <translation>%file: the list of recordings is incomplete.</translation>
    </message>
    <message>
        <source>%file: the voice&apos;s id may hold only a-z, 0-9, - and _.</source>
        <translation>%file: the voice&apos;s id may hold only a-z, 0-9, - and _.</translation>
    </message>
    <message>
        <source>%file: the voice needs a name and the language zh_CN or en.</source>
        <translation>%file: the voice needs a name and the language zh_CN or en.</translation>
    </message>
    <message>
        <source>The voice %label in %file is already on this computer.</source>
        <translation>The voice %label in %file is already on this computer.</translation>
    </message>
    <message>
        <source>%file: the recording %member is listed but missing.</source>
        <translation>%file: the recording %member is listed but missing.</translation>
    </message>
    <message>
        <source>%file: %member is in the pack but not in its list.</source>
        <translation>%file: %member is in the pack but not in its list.</translation>
    </message>
    <message>
        <source>%file: the recording %member (“%text”) cannot be used: %why.</source>
        <translation>%file: the recording %member (“%text”) cannot be used: %why.</translation>
    </message>
    <message>
        <source>That voice is no longer on this computer.</source>
        <translation>That voice is no longer on this computer.</translation>
    </message>
    <message>
        <source>A voice with this name is already here. Please choose another name.</source>
        <translation>A voice with this name is already here. Please choose another name.</translation>
    </message>
    <message>
        <source>Nothing was imported; the voices on this computer are as they were.</source>
        <translation>Nothing was imported; the voices on this computer are as they were.</translation>
    </message>
</context>
</TS>
