<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Answer</name>
    <message>
        <source>✓ Right answer</source>
        <translation>✓ 正确答案</translation>
    </message>
    <message>
        <source>✗ Not this one</source>
        <translation>✗ 不是这个</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <source>Sun</source>
        <translation>太阳</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>花</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>鱼</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>鸟</translation>
    </message>
    <message>
        <source>House</source>
        <translation>房子</translation>
    </message>
    <message>
        <source>Teapot</source>
        <translation>茶壶</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>月亮</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>山</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>船</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>苹果</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Backed up to %1 (checked: it opens and holds everything).</source>
        <translation>已备份到 %1（已检查：能打开，内容完整）。</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 里没有备份。</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation>%1 位学员</translation>
    </message>
    <message>
        <source>DAMAGED or not the trainer&apos;s: not offered</source>
        <translation>已损坏或不是本软件的备份：不会提供使用</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何改动。</translation>
    </message>
    <message>
        <source>Backup from %1: %2 learner(s), %3 answer(s).</source>
        <translation>%1 的备份：%2 位学员，%3 条答题记录。</translation>
    </message>
    <message>
        <source>Run again with --yes to restore it (this replaces the data on this PC).</source>
        <translation>加上 --yes 再运行一次即可恢复（会替换这台电脑上现有的数据）。</translation>
    </message>
    <message>
        <source>Restore it? The data on this PC now is backed up first. [y/N] </source>
        <translation>要恢复吗？会先备份这台电脑上现有的数据。[y/N] </translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>The data that was here is kept in %1.</source>
        <translation>原来的数据保存在 %1。</translation>
    </message>
    <message>
        <source>No records are put aside: nothing waits for a decision.</source>
        <translation>没有被搁置的记录，不需要做决定。</translation>
    </message>
    <message>
        <source>Done: the data now is taken as right. The damaged file stays where it is, and older backups may now be rotated away.</source>
        <translation>好了：现在的数据被确认为正确。损坏的文件仍然保留在原处，较旧的备份以后可以按轮换规则删除。</translation>
    </message>
    <message>
        <source>%1 holds real learners, tutors or a centre (perhaps added while the demo was being made): the demo never touches real data, and what it wrote was taken out again. Use an empty folder, for example: TRAINER_HOME=/tmp/trainer-demo trainer demo</source>
        <translation>%1 里有真实的学员、辅导员或中心信息（可能是在生成演示数据时加进来的）：演示绝不动真实数据，它写入的内容已经全部撤回。请使用一个空文件夹，例如：TRAINER_HOME=/tmp/trainer-demo trainer demo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>The disk is full (%1). Nothing was changed. Free some space on it, then run the command again.</source>
        <translation>磁盘已满（%1）。没有做任何改动。请先腾出一些空间，再运行一次这个命令。</translation>
    </message>
    <message>
        <source>%1 is damaged (it fails its integrity check).</source>
        <translation>%1 已损坏（没有通过完整性检查）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of the trainer&apos;s.</source>
        <translation>%1 是一个 SQLite 数据库，但不是本软件的数据库。</translation>
    </message>
    <message>
        <source>%1 is not a backup of the trainer: its tables are not the trainer&apos;s (%2).</source>
        <translation>%1 不是本软件的备份：里面的数据表和本软件的不一样（%2）。</translation>
    </message>
    <message>
        <source>%1 has been altered: its triggers are not the trainer&apos;s (%2). It could stop answers from being saved.</source>
        <translation>%1 被改动过：里面的触发器和本软件的不一样（%2），可能会让答题记录无法保存。</translation>
    </message>
    <message>
        <source>%1 is not a backup of the trainer, or it is damaged.</source>
        <translation>%1 不是本软件的备份，或者已经损坏。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of the trainer (schema %2; this one knows %3). Install the newer version.</source>
        <translation>%1 是由更新版本的软件生成的（数据结构版本 %2，本版本只认识到 %3）。请安装新版本。</translation>
    </message>
    <message>
        <source>The database is in use by another program (is the trainer open?). Close it and try again.</source>
        <translation>数据库正被另一个程序使用（软件是否开着？）。请先关闭它，再试一次。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2). Give this account write permission to it.</source>
        <translation>数据库 %1 无法写入（%2）。请给这个账户写入权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be used right now (%2).</source>
        <translation>数据库 %1 现在无法使用（%2）。</translation>
    </message>
    <message>
        <source>Cannot write in %1. Give the folder write permission, or free some disk space.</source>
        <translation>无法在 %1 里写入。请给这个文件夹写入权限，或者腾出一些磁盘空间。</translation>
    </message>
    <message>
        <source>The database was damaged and has been put aside (not deleted) as %1. Start the app to use a backup.</source>
        <translation>数据库已损坏，已被搁置（没有删除），保存为 %1。请打开软件，使用备份。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>备份无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Note: on %1 the database was damaged and put aside (kept as %2). The data now may be missing learners.</source>
        <translation>注意：%1 数据库曾经损坏并被搁置（保存为 %2）。现在的数据可能缺少一些学员。</translation>
    </message>
    <message>
        <source>The last good backup from before (%1, %2 learners) is kept: trainer restore %3</source>
        <translation>损坏前最后一个完好的备份（%1，%2 位学员）已保留：trainer restore %3</translation>
    </message>
    <message>
        <source>If the data now is right, a tutor can end this notice with: trainer put-aside --keep-current</source>
        <translation>如果现在的数据是对的，辅导员可以用这个命令结束这条提示：trainer put-aside --keep-current</translation>
    </message>
    <message>
        <source>the disk is full. Free some space on it.</source>
        <translation>磁盘已满。请腾出一些空间。</translation>
    </message>
    <message>
        <source>cannot write in it (%1). Give the folder write permission.</source>
        <translation>无法写入（%1）。请给这个文件夹写入权限。</translation>
    </message>
    <message>
        <source>%1: only %2 MB free on the disk. Free some space: answers and backups need it.</source>
        <translation>%1：磁盘只剩 %2 MB 空间。请腾出一些空间，答题记录和备份都需要它。</translation>
    </message>
    <message>
        <source>%1 failed its check: %2 (%3).</source>
        <translation>%1 没有通过检查：%2（%3）。</translation>
    </message>
    <message>
        <source>The newest good backup is %1: trainer restore %1</source>
        <translation>最新的完好备份是 %1：trainer restore %1</translation>
    </message>
    <message>
        <source>The disk is full: answers cannot be saved. Free some space on it.</source>
        <translation>磁盘已满：答题记录无法保存。请腾出一些空间。</translation>
    </message>
    <message>
        <source>%1 is read-only: answers cannot be saved. Give this account write permission to it.</source>
        <translation>%1 是只读的：答题记录无法保存。请给这个账户写入权限。</translation>
    </message>
    <message>
        <source>A test write to %1 failed (%2).</source>
        <translation>向 %1 试写失败（%2）。</translation>
    </message>
    <message>
        <source>emoji font</source>
        <translation>表情符号字体</translation>
    </message>
    <message>
        <source>none found: emoji in names show as empty boxes. Install fonts-noto-color-emoji (Linux) or Segoe UI Emoji (Windows).</source>
        <translation>未找到：名字里的表情符号会显示成空白方框。请安装 fonts-noto-color-emoji（Linux）或 Segoe UI Emoji（Windows）。</translation>
    </message>
    <message>
        <source>%1 (from the app: this PC has none; black and white, and emoji newer than 2016 show as empty boxes. fonts-noto-color-emoji gives them all in colour)</source>
        <translation>%1（由本软件提供：这台电脑没有表情符号字体；显示为黑白，2016 年以后的新表情符号会显示成空白方框。安装 fonts-noto-color-emoji 后全部以彩色显示）</translation>
    </message>
    <message>
        <source>Start the app to see what to do, or run trainer --self-test.</source>
        <translation>请打开软件查看该怎么做，或者运行 trainer --self-test。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点小问题</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your progress so far is saved.
Press OK and carry on. If it happens again, please tell your tutor.</source>
        <translation>刚才出了点意外。您的学习记录已经保存好了。
请点“确定”继续。如果再次出现，请告诉辅导员。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>已学完 %1 课，共 %2 课</translation>
    </message>
    <message>
        <source>Lessons for this level are not installed yet.</source>
        <translation>这一级的课程还没有安装。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Open the %1 lessons</source>
        <translation>打开%1课程</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>Continue where I left off:
%1</source>
        <translation>接着上次学：
%1</translation>
    </message>
    <message>
        <source>My next lesson:
%1</source>
        <translation>下一课：
%1</translation>
    </message>
    <message>
        <source>Practise again (not mastered yet):
%1</source>
        <translation>再练一遍（还没掌握）：
%1</translation>
    </message>
    <message>
        <source>Start my first lesson:
%1</source>
        <translation>开始第一课：
%1</translation>
    </message>
    <message>
        <source>All lessons done. Choose one below to practise again.</source>
        <translation>课程都学完了。可以在下面选一课再练练。</translation>
    </message>
    <message>
        <source>Start my first lesson</source>
        <translation>开始第一课</translation>
    </message>
    <message>
        <source>Or begin another way. %1:
%2</source>
        <translation>也可以换个起点。%1：
%2</translation>
    </message>
    <message>
        <source>Not sure where to start? Take a short check</source>
        <translation>不知道从哪里学起？先做个小测</translation>
    </message>
    <message>
        <source>Congratulations, %1! You have finished every lesson of: %2. Ask your tutor to print your certificate.</source>
        <translation>恭喜您，%1！您已经学完了这一级的全部课程：%2。请辅导员帮您打印证书。</translation>
    </message>
    <message>
        <source>Settings: text size, contrast, voice</source>
        <translation>设置：字号、颜色、朗读</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Back to my home page</source>
        <translation>回到我的主页</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>已学完 ✓</translation>
    </message>
    <message>
        <source>Finished, not mastered yet: going through it again helps</source>
        <translation>学完了，还没掌握：再学一遍会更熟</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>学了一部分</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <source>About %1 minutes · %2</source>
        <translation>大约 %1 分钟 · %2</translation>
    </message>
    <message>
        <source>We suggest this lesson first: %1</source>
        <translation>建议先学：%1</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>再练一遍</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>接着学</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始学</translation>
    </message>
    <message>
        <source>Practise this lesson again</source>
        <translation>把这一课再练一遍</translation>
    </message>
    <message>
        <source>Back to my lessons</source>
        <translation>回到我的课程</translation>
    </message>
    <message>
        <source>Thank you, %1.</source>
        <translation>谢谢您，%1。</translation>
    </message>
    <message>
        <source>We suggest you start with: %1</source>
        <translation>建议您从这一级学起：%1</translation>
    </message>
    <message>
        <source>This is only a suggestion. You can choose any level on your home page.</source>
        <translation>这只是建议。您可以在主页上自己选择任何一级。</translation>
    </message>
    <message>
        <source>Start with %1</source>
        <translation>从%1开始</translation>
    </message>
    <message>
        <source>Well done, %1!</source>
        <translation>%1，学得真好！</translation>
    </message>
    <message>
        <source>You have finished “%1”.</source>
        <translation>您已经学完了“%1”。</translation>
    </message>
    <message>
        <source>Good work, %1. Keep going!</source>
        <translation>%1，学得不错，继续加油！</translation>
    </message>
    <message>
        <source>You have gone through “%1”. Practising once more will make it stick.</source>
        <translation>您已经学过了“%1”。再练一遍，会记得更牢。</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions right at the first try.</source>
        <translation>%2 道题里，您第一次就答对了 %1 道。</translation>
    </message>
    <message>
        <source>Step %1 is a practice that was left out. Do it once: it is only practice, nothing can go wrong.</source>
        <translation>第 %1 步是一个练习，刚才跳过了。做一遍吧：这只是练习，不会出任何问题。</translation>
    </message>
    <message>
        <source>In step %1 you pressed a button that would be dangerous in real life, such as paying a stranger. Go through it once more and leave that button alone.</source>
        <translation>在第 %1 步，您按了一个在现实中很危险的按钮，比如给陌生人付钱。再做一遍，这次别碰那个按钮。</translation>
    </message>
    <message>
        <source>Step %1 is a practice app: do all its tasks, to the end.</source>
        <translation>第 %1 步是一个练习用的App：把里面的任务一个一个做完。</translation>
    </message>
    <message>
        <source>Step %1 is a practice: do all its rounds, calmly, until at least half of your tries are right.</source>
        <translation>第 %1 步是一个练习：不着急，把每一轮都做完，至少一半做对就行。</translation>
    </message>
    <message>
        <source>To finish this lesson, practise once more:</source>
        <translation>要学完这一课，还要再练一练：</translation>
    </message>
    <message>
        <source>Practise step %1 now</source>
        <translation>现在练习第 %1 步</translation>
    </message>
    <message>
        <source>The tasks with the mouse and the keyboard are not easy yet (%1 of %2 went well). The basic level practises them step by step, so that is the place to start.</source>
        <translation>用鼠标和键盘的小事还不太顺手（%2 件里做好了 %1 件）。入门级会一步一步练这些，从这里学起最合适。</translation>
    </message>
    <message>
        <source>The tasks with the mouse and the keyboard went well (%1 of %2).</source>
        <translation>用鼠标和键盘做的小事都很顺利（%2 件里做好了 %1 件）。</translation>
    </message>
    <message>
        <source>Questions on the %1 level: %2 of %3 right at the first try.</source>
        <translation>%1级的问题：%3 道里第一次就答对了 %2 道。</translation>
    </message>
    <message>
        <source>Everything went well, so the highest level suits you.</source>
        <translation>都做得很好，最高的级别适合您。</translation>
    </message>
    <message>
        <source>The %1 level starts where the questions became harder for you.</source>
        <translation>从%1级开始，问题对您来说难一些了，就从这里学起。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital Bridge</source>
        <translation>数字桥</translation>
    </message>
    <message>
        <source>Some answers are not saved yet</source>
        <translation>有些答题还没有保存</translation>
    </message>
    <message>
        <source>%1 answers could not be saved yet (the disk is full, or the record book cannot be written). If the trainer closes now, they are lost. Please ask your tutor to free some space first; they are saved by themselves as soon as there is room.</source>
        <translation>有 %1 条答题还没能保存（磁盘满了，或者学习记录无法写入）。如果现在关掉软件，这些答题就会丢失。请先请辅导员腾出一些空间；一有空间，它们就会自动保存。</translation>
    </message>
    <message>
        <source>Keep the trainer open</source>
        <translation>先不关软件</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>仍然关闭</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing. Nothing will be lost.</source>
        <translation>正在把手头的工作做完，然后关闭。什么都不会丢。</translation>
    </message>
    <message>
        <source>Stop it and close</source>
        <translation>停下来并关闭</translation>
    </message>
    <message>
        <source>Stopping… nothing will be left half-done.</source>
        <translation>正在停止……不会留下做了一半的东西。</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>That name is too long. Please use at most 40 letters.</source>
        <translation>名字太长了。请最多用 40 个字。</translation>
    </message>
    <message>
        <source>That name has invisible characters in it. Please type it again with letters only.</source>
        <translation>这个名字里有看不见的字符。请只用文字重新输入一次。</translation>
    </message>
    <message>
        <source>Please type your name first. Your family name and given name are fine, or a nickname.</source>
        <translation>请先输入您的名字。可以写全名，也可以写平时的称呼。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>您叫什么名字？</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Type your name here</source>
        <translation>在这里输入名字</translation>
    </message>
    <message>
        <source>Choose a picture. You will press it to sign in.</source>
        <translation>选一个图案。以后点这个图案就能登录。</translation>
    </message>
    <message>
        <source>Which language would you like?</source>
        <translation>您想用哪种语言？</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Hide the details</source>
        <translation>收起详细说明</translation>
    </message>
    <message>
        <source>Details for the tutor</source>
        <translation>给辅导员的详细说明</translation>
    </message>
    <message>
        <source>All your answers are saved now.</source>
        <translation>您的答题记录现在都保存好了。</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet: the computer&apos;s disk is full. Please carry on: they are kept and saved by themselves when there is room. Please tell your tutor.</source>
        <translation>您刚才的答题还没有保存：电脑的磁盘满了。请继续学习，这些答题会先留着，等有空间了会自动保存。请告诉辅导员。</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet: the computer does not let the trainer write its record book. Please carry on: they are kept for now. Please tell your tutor.</source>
        <translation>您刚才的答题还没有保存：电脑不让本软件写入学习记录。请继续学习，这些答题会先留着。请告诉辅导员。</translation>
    </message>
    <message>
        <source>Your last answers are not saved yet. Please carry on: they are kept and saved by themselves in a moment. If this stays, please tell your tutor.</source>
        <translation>您刚才的答题还没有保存。请继续学习，这些答题会先留着，过一会儿会自动保存。如果一直这样，请告诉辅导员。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘满了</translation>
    </message>
    <message>
        <source>the record book is read-only</source>
        <translation>学习记录是只读的</translation>
    </message>
    <message>
        <source>another program holds the record book</source>
        <translation>另一个程序占用着学习记录</translation>
    </message>
    <message>
        <source>the computer could not write to the disk</source>
        <translation>电脑无法写入磁盘</translation>
    </message>
    <message>
        <source>For your tutor: %1 answer(s) waiting because %2 (%3). Free some space or give write permission to %4; the trainer tries again every few seconds. Closing it now would lose them.</source>
        <translation>给辅导员：有 %1 条答题在等待保存，原因是%2（%3）。请腾出一些空间，或者给 %4 写入权限；软件每隔几秒会自动再试。现在关掉软件会丢失这些答题。</translation>
    </message>
    <message>
        <source>The trainer found a fault in its record book. Your answers are still being saved. Please tell your tutor.</source>
        <translation>软件发现学习记录有一处故障。您的答题仍然在正常保存。请告诉辅导员。</translation>
    </message>
    <message>
        <source>For your tutor: the start-up check failed (%1). Run trainer --self-test. The next start repairs it or puts it aside and offers the newest good backup.</source>
        <translation>给辅导员：启动检查没有通过（%1）。请运行 trainer --self-test。下次启动时软件会修复它，或者把它搁置并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>For your tutor: the damaged file is kept as %1.</source>
        <translation>给辅导员：损坏的文件保存为 %1。</translation>
    </message>
    <message>
        <source>The last good backup from before is from %1 with %2 learners: restore it in tutor mode (Backups), or with trainer restore %3.</source>
        <translation>损坏前最后一个完好的备份是 %1 的，有 %2 位学员：可以在辅导员模式（备份）里恢复，或者运行 trainer restore %3。</translation>
    </message>
    <message>
        <source>If the records now are right, say so in tutor mode, or run trainer put-aside --keep-current.</source>
        <translation>如果现在的记录是对的，请在辅导员模式里确认，或者运行 trainer put-aside --keep-current。</translation>
    </message>
    <message>
        <source>On %1 the record book was damaged and put aside: some learners may be missing. A tutor needs to decide what to do.</source>
        <translation>%1 学习记录损坏了，已被搁置：可能缺少一些学员。需要辅导员来决定怎么处理。</translation>
    </message>
</context>
<context>
    <name>OwnPhone</name>
    <message>
        <source>Try it on your own phone</source>
        <translation>在自己的手机上试一试</translation>
    </message>
    <message>
        <source>For your tutor</source>
        <translation>请辅导员来看</translation>
    </message>
    <message>
        <source>Who is watching?</source>
        <translation>哪位辅导员在看？</translation>
    </message>
    <message>
        <source>What did you see the learner do?</source>
        <translation>您看到学员做到了哪些？</translation>
    </message>
    <message>
        <source>Tutor PIN</source>
        <translation>辅导员密码</translation>
    </message>
    <message>
        <source>Save with my tutor PIN</source>
        <translation>用我的辅导员密码保存</translation>
    </message>
    <message>
        <source>✓ %1 (seen by %2)</source>
        <translation>✓ %1（%2 看到了）</translation>
    </message>
    <message>
        <source>Your tutor has seen everything on this list. Well done!</source>
        <translation>这些事辅导员都看您做到了。真棒！</translation>
    </message>
    <message>
        <source>At the centre, show this step to your tutor: they can tick what you did.</source>
        <translation>到了活动中心，把这一步给辅导员看：辅导员会勾上您做到的事。</translation>
    </message>
    <message>
        <source>Tutor: watch the learner do these on their own phone, tick what you saw, and save with your tutor PIN.</source>
        <translation>辅导员：请看着学员在自己的手机上做这些事，勾上您看到的，再用您的辅导员密码保存。</translation>
    </message>
    <message>
        <source>That PIN is not right, so nothing was saved. %1 more tries before a pause.</source>
        <translation>密码不对，什么也没有保存。再错 %1 次就要等一会儿。</translation>
    </message>
    <message>
        <source>Tutor PINs are paused for a while after too many wrong tries. Nothing was saved.</source>
        <translation>密码错的次数太多，辅导员密码要等一会儿才能再用。什么也没有保存。</translation>
    </message>
    <message>
        <source>Saved. %1 saw: %2</source>
        <translation>保存好了。%1 看到了：%2</translation>
    </message>
    <message>
        <source>Please choose who is watching and at least one thing you saw.</source>
        <translation>请选好是哪位辅导员，再至少勾上一件看到的事。</translation>
    </message>
    <message>
        <source>Please type your tutor PIN (6 to 12 numbers).</source>
        <translation>请输入您的辅导员密码（6 到 12 位数字）。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对密码……</translation>
    </message>
    <message>
        <source>Saving did not work. Nothing was lost; please try again.</source>
        <translation>没有保存成功。什么也没丢，请再试一次。</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>That PIN is not right. Please try again. If you have forgotten it, ask your tutor.</source>
        <translation>密码不对。请再试一次。如果忘了密码，请找辅导员。</translation>
    </message>
    <message>
        <source>You can try your PIN again now.</source>
        <translation>现在可以再输入密码了。</translation>
    </message>
    <message>
        <source>Please wait %1 seconds, then try again.</source>
        <translation>请等 %1 秒，再试一次。</translation>
    </message>
    <message>
        <source>Please wait %1 minutes, then try again.</source>
        <translation>请等 %1 分钟，再试一次。</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <source>If you have forgotten your PIN, ask your tutor.</source>
        <translation>如果忘了密码，请找辅导员。</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose your PIN again.</source>
        <translation>两次输入的密码不一样。请重新设置密码。</translation>
    </message>
    <message>
        <source>A PIN has 4 numbers. Please press 4 numbers, then OK.</source>
        <translation>密码是 4 个数字。请按 4 个数字，再按“确定”。</translation>
    </message>
    <message>
        <source>A tutor PIN has at least 6 numbers. Please press them all, then OK.</source>
        <translation>辅导员密码至少有 6 个数字。请全部按完，再按“确定”。</translation>
    </message>
    <message>
        <source>%1 of 4 numbers entered</source>
        <translation>已输入 %1 个数字，共 4 个</translation>
    </message>
    <message>
        <source>%1 numbers entered</source>
        <translation>已输入 %1 个数字</translation>
    </message>
    <message>
        <source>6 to 12 numbers, then OK or Enter</source>
        <translation>输入 6 到 12 位数字，再按“确定”或回车键</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>%1, please enter your PIN.</source>
        <translation>%1，请输入您的密码。</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 numbers. You will enter it each time you sign in.</source>
        <translation>请设一个 4 位数字的密码。以后每次登录都要输入。</translation>
    </message>
    <message>
        <source>Please enter the same PIN again, to be sure.</source>
        <translation>请再输入一遍同样的密码，确认一下。</translation>
    </message>
    <message>
        <source>%1, please enter your tutor PIN.</source>
        <translation>%1，请输入您的辅导员密码。</translation>
    </message>
    <message>
        <source>Choose a tutor PIN of 6 to 12 numbers. Learners must not see it.</source>
        <translation>请设一个 6 到 12 位数字的辅导员密码。不要让学员看到。</translation>
    </message>
    <message>
        <source>Please enter the same tutor PIN again, to be sure.</source>
        <translation>请再输入一遍同样的辅导员密码，确认一下。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the last number</source>
        <translation>删除最后一个数字</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>This computer cannot read %1 aloud yet, so please read the text on the screen. Tell your tutor.</source>
        <translation>这台电脑暂时还不能朗读%1，请看屏幕上的文字。请告诉辅导员。</translation>
    </message>
    <message>
        <source>This computer cannot play sound now. Please read the words on the screen.</source>
        <translation>这台电脑现在放不出声音。请看屏幕上的字。</translation>
    </message>
    <message>
        <source>Reading aloud is not working right now. The text stays on the screen.</source>
        <translation>朗读现在不能用。文字会一直留在屏幕上。</translation>
    </message>
    <message>
        <source>Your tutor has been told. Stay on this step; they will come to help you.</source>
        <translation>已经告诉辅导员了。请停在这一步，辅导员会过来帮您。</translation>
    </message>
    <message>
        <source>Leave the lesson</source>
        <translation>离开这一课</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <source>Read this step aloud again</source>
        <translation>把这一步再读一遍</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>读慢一点</translation>
    </message>
    <message>
        <source>Read this step again, more slowly</source>
        <translation>把这一步再读一遍，读慢一点</translation>
    </message>
    <message>
        <source>Help me</source>
        <translation>请人帮忙</translation>
    </message>
    <message>
        <source>Ask your tutor for help</source>
        <translation>请辅导员来帮忙</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>看看我答得对不对</translation>
    </message>
    <message>
        <source>Choose one answer, then press “Check my answer”.</source>
        <translation>请选一个答案，再点“看看我答得对不对”。</translation>
    </message>
    <message>
        <source>Is it true or false? Choose, then press “Check my answer”.</source>
        <translation>这句话对还是不对？选好后，点“看看我答得对不对”。</translation>
    </message>
    <message>
        <source>Choose every answer that is right, then press “Check my answer”.</source>
        <translation>请选出所有正确的答案，再点“看看我答得对不对”。</translation>
    </message>
    <message>
        <source>Put the steps in the right order with the Up and Down buttons.</source>
        <translation>请用“上移”和“下移”按钮，把步骤排成正确的顺序。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>把“%1”往上移</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>把“%1”往下移</translation>
    </message>
    <message>
        <source>Please choose an answer first.</source>
        <translation>请先选一个答案。</translation>
    </message>
    <message>
        <source>✓ Well done, that is right.</source>
        <translation>✓ 答对了，真棒！</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked with ✓.</source>
        <translation>还差一点。正确答案已经用 ✓ 标出来了。</translation>
    </message>
    <message>
        <source>The right order is shown above.</source>
        <translation>上面已经排好了正确的顺序。</translation>
    </message>
    <message>
        <source>The right answer is %1.</source>
        <translation>正确答案是%1。</translation>
    </message>
    <message>
        <source>The right answers are %1.</source>
        <translation>正确答案是%1。</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Not quite yet. Read why below, then try again.</source>
        <translation>还差一点。请看看下面的原因，再试一次。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>要记住的</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practise again</source>
        <translation>再练一遍</translation>
    </message>
    <message>
        <source>Done: %1 of %2</source>
        <translation>已完成：%1 / %2</translation>
    </message>
    <message>
        <source>Well done, you have finished this practice.</source>
        <translation>做得好，这项练习完成了。</translation>
    </message>
    <message>
        <source>%1 of your %2 tries were right.</source>
        <translation>您试了 %2 次，对了 %1 次。</translation>
    </message>
    <message>
        <source>Practice area</source>
        <translation>练习区</translation>
    </message>
    <message>
        <source>That was the left button. Press the right button to open the menu.</source>
        <translation>刚才按的是左键。请按右键，打开菜单。</translation>
    </message>
    <message>
        <source>The menu is open. Now click “%1”.</source>
        <translation>菜单打开了。现在单击“%1”。</translation>
    </message>
    <message>
        <source>That was “%1”. Open the menu again and click “%2”.</source>
        <translation>刚才选的是“%1”。请再打开菜单，单击“%2”。</translation>
    </message>
    <message>
        <source>It is in the album. Here is the next photo.</source>
        <translation>放进相册了。下面是下一张照片。</translation>
    </message>
    <message>
        <source>Keep the left button held down while you move the mouse to the album.</source>
        <translation>移动鼠标到相册的时候，左键要一直按住不放。</translation>
    </message>
    <message>
        <source>The photo went back. Hold the button down until the photo is over the album, then let go.</source>
        <translation>照片回到原处了。按住左键不放，等照片到了相册上面再松开。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>靶子</translation>
    </message>
    <message>
        <source>That was the right button. Click with the left button.</source>
        <translation>刚才按的是右键。请用左键单击。</translation>
    </message>
    <message>
        <source>Good, you hit it.</source>
        <translation>好，打中了。</translation>
    </message>
    <message>
        <source>Just beside it. Move the pointer onto the target, then click.</source>
        <translation>差一点点。把指针移到靶子上面，再单击。</translation>
    </message>
    <message>
        <source>Move the pointer onto the round target first, then click.</source>
        <translation>先把指针移到圆形的靶子上，再单击。</translation>
    </message>
    <message>
        <source>A little faster: press the second time straight after the first.</source>
        <translation>再快一点：按完第一下，马上按第二下。</translation>
    </message>
    <message>
        <source>Keep the mouse still: it moved between the two presses. Rest your hand and press twice.</source>
        <translation>鼠标别动：两下之间鼠标移动了。手轻轻放稳，再连按两下。</translation>
    </message>
    <message>
        <source>That was one click. Press the left button twice, quickly.</source>
        <translation>刚才只按了一下。请快快地连按两下左键。</translation>
    </message>
    <message>
        <source>Point at the folder first, then press twice.</source>
        <translation>先把指针放在文件夹上，再连按两下。</translation>
    </message>
    <message>
        <source>Time for your double-click: %1 seconds. If that is too little, choose more time in Settings.</source>
        <translation>您双击的时间：%1 秒。如果觉得太短，可以在“设置”里选长一点的时间。</translation>
    </message>
    <message>
        <source>Close the folder</source>
        <translation>关闭文件夹</translation>
    </message>
    <message>
        <source>Use the left button to open things.</source>
        <translation>打开东西要用左键。</translation>
    </message>
    <message>
        <source>You opened “%1”. Well done!</source>
        <translation>您打开了“%1”。做得好！</translation>
    </message>
    <message>
        <source>Now open it once more.</source>
        <translation>再打开一次。</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车键（Enter）</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格键（Backspace）</translation>
    </message>
    <message>
        <source>the space bar</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>换挡键（Shift）</translation>
    </message>
    <message>
        <source>the Up arrow</source>
        <translation>向上的方向键</translation>
    </message>
    <message>
        <source>the Down arrow</source>
        <translation>向下的方向键</translation>
    </message>
    <message>
        <source>the Left arrow</source>
        <translation>向左的方向键</translation>
    </message>
    <message>
        <source>the Right arrow</source>
        <translation>向右的方向键</translation>
    </message>
    <message>
        <source>The four arrow keys are at the bottom right, set out like an upside-down T.</source>
        <translation>四个方向键在键盘右下角，排成一个倒过来的“T”字。</translation>
    </message>
    <message>
        <source>Enter is the big key at the right end of the letters.</source>
        <translation>回车键是字母右边那个大键。</translation>
    </message>
    <message>
        <source>Backspace is at the top right, at the end of the row of numbers.</source>
        <translation>退格键在右上方，数字那一排的最右边。</translation>
    </message>
    <message>
        <source>The space bar is the long bar at the bottom, under the letters.</source>
        <translation>空格键是字母下面最长的那个键。</translation>
    </message>
    <message>
        <source>There are two Shift keys, one at each end of the lowest row of letters.</source>
        <translation>换挡键有两个，在最下面一排字母的左右两头。</translation>
    </message>
    <message>
        <source>Click on the keyboard picture first, then press the key.</source>
        <translation>先单击一下键盘图，再按键。</translation>
    </message>
    <message>
        <source>Keyboard picture</source>
        <translation>键盘图</translation>
    </message>
    <message>
        <source>Press: %1</source>
        <translation>请按：%1</translation>
    </message>
    <message>
        <source>Right, that was %1.</source>
        <translation>对了，这是%1。</translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation>“%1”键</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>别的键</translation>
    </message>
    <message>
        <source>That was %1.</source>
        <translation>刚才按的是%1。</translation>
    </message>
    <message>
        <source>Writing box</source>
        <translation>写字框</translation>
    </message>
    <message>
        <source>Previous page of characters</source>
        <translation>上一页候选字</translation>
    </message>
    <message>
        <source>Next page of characters</source>
        <translation>下一页候选字</translation>
    </message>
    <message>
        <source>Write: %1  (pinyin: %2)</source>
        <translation>请写：%1&#x3000;（拼音：%2）</translation>
    </message>
    <message>
        <source>Click in the writing box first, then type.</source>
        <translation>先单击一下写字框，再打字。</translation>
    </message>
    <message>
        <source>Chinese input</source>
        <translation>中文输入</translation>
    </message>
    <message>
        <source>English input</source>
        <translation>英文输入</translation>
    </message>
    <message>
        <source>That went in as a letter: the input is in English mode (英). Press Backspace, then Shift to switch to Chinese (中).</source>
        <translation>打出来的是字母：现在是英文状态（英）。先按退格键删掉，再按换挡键换成中文（中）。</translation>
    </message>
    <message>
        <source>First press Backspace to delete the wrong character.</source>
        <translation>先按退格键，把选错的字删掉。</translation>
    </message>
    <message>
        <source>Now pick %1 from the numbered list.</source>
        <translation>现在从带数字的候选里选“%1”。</translation>
    </message>
    <message>
        <source>The pinyin of %1 is %2. The next letter is “%3”.</source>
        <translation>“%1”的拼音是 %2。下一个字母是“%3”。</translation>
    </message>
    <message>
        <source>Deleted. Now type the pinyin again.</source>
        <translation>删掉了。再打一遍拼音。</translation>
    </message>
    <message>
        <source>Right. Here is the next one.</source>
        <translation>对了。下面是下一个。</translation>
    </message>
    <message>
        <source>That wrote %1, not %2. Press Backspace to delete it, then type the pinyin again.</source>
        <translation>打出来的是“%1”，不是“%2”。按退格键删掉，再打一遍拼音。</translation>
    </message>
    <message>
        <source>%1 is on another page: press = or ▶ to turn the page.</source>
        <translation>“%1”在别的页：按“=”键或者 ▶ 翻页。</translation>
    </message>
    <message>
        <source>A long list</source>
        <translation>一个很长的列表</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>滚动条</translation>
    </message>
    <message>
        <source>This time, use the scroll bar on the right: hold its handle down and drag it.</source>
        <translation>这回请用右边的滚动条：按住中间的滑块往下拖。</translation>
    </message>
    <message>
        <source>That is “%1”. Keep scrolling to find “%2”.</source>
        <translation>这是“%1”。继续往下找“%2”。</translation>
    </message>
    <message>
        <source>Type this:</source>
        <translation>请照着打：</translation>
    </message>
    <message>
        <source>Your typing</source>
        <translation>您打的字</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Click in the white box and type the text first.</source>
        <translation>先单击白色的框，把字打上。</translation>
    </message>
    <message>
        <source>Exactly right. Here is the next one.</source>
        <translation>完全正确。下面是下一行。</translation>
    </message>
    <message>
        <source>Good effort. Let’s go on to the next one.</source>
        <translation>练得不错。我们接着练下一行。</translation>
    </message>
    <message>
        <source>Nearly: only the capital letters differ. Hold Shift and press a letter for a capital.</source>
        <translation>差一点：只是大小写不一样。按住换挡键再按字母，就是大写。</translation>
    </message>
    <message>
        <source>Nearly: check the spaces between the words.</source>
        <translation>差一点：看看词和词之间的空格。</translation>
    </message>
    <message>
        <source>Right so far. It goes on with: %1</source>
        <translation>前面都对。后面还有：%1</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <source>Nearly. Look at the underlined place, number %1: it should be %2.</source>
        <translation>差一点。看看画线的地方，第 %1 个：应该是 %2。</translation>
    </message>
    <message>
        <source>Backspace deletes the letter before the cursor.</source>
        <translation>退格键能删掉光标前面的字。</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Close the trainer</source>
        <translation>关闭数字桥</translation>
    </message>
    <message>
        <source>The record book could not be read</source>
        <translation>学习记录读不出来</translation>
    </message>
    <message>
        <source>The file that keeps everyone&apos;s progress is damaged. It has been put aside, not deleted.</source>
        <translation>保存大家学习记录的文件坏了。它已经被放到一边，没有删除。</translation>
    </message>
    <message>
        <source>There is a saved copy from %1 with %2 learners. Press “Use the saved copy” to carry on from it.</source>
        <translation>有一份 %1 的备份，里面有 %2 位学员。按“使用备份”就可以从那里接着学。</translation>
    </message>
    <message>
        <source>There is a saved copy from %1. Press “Use the saved copy” to carry on from it.</source>
        <translation>有一份 %1 保存的备份。请点“使用备份”，从那里接着学。</translation>
    </message>
    <message>
        <source>There is no saved copy. You can start a new, empty record book. Ask your tutor for help.</source>
        <translation>没有找到备份。可以新建一份空白的学习记录。请找辅导员帮忙。</translation>
    </message>
    <message>
        <source>For your tutor: the damaged file is now %1</source>
        <translation>给辅导员：损坏的文件现在在 %1</translation>
    </message>
    <message>
        <source>The trainer cannot save your progress</source>
        <translation>数字桥无法保存学习记录</translation>
    </message>
    <message>
        <source>This computer does not allow the trainer to write in its folder.</source>
        <translation>这台电脑不允许数字桥在它的文件夹里保存内容。</translation>
    </message>
    <message>
        <source>Please ask your tutor. They can give the folder write permission, or free some disk space.</source>
        <translation>请找辅导员。辅导员可以给文件夹写入权限，或者清理一些磁盘空间。</translation>
    </message>
    <message>
        <source>For your tutor: the folder is %1</source>
        <translation>给辅导员：文件夹是 %1</translation>
    </message>
    <message>
        <source>The computer&apos;s disk is full</source>
        <translation>电脑的磁盘满了</translation>
    </message>
    <message>
        <source>The trainer cannot open its record book because there is no room left on the disk.</source>
        <translation>磁盘没有空间了，软件打不开学习记录。</translation>
    </message>
    <message>
        <source>Please ask your tutor to free some space, then press “Try again”. Nothing has been changed or lost.</source>
        <translation>请辅导员腾出一些空间，然后按“再试一次”。什么都没有改动，也没有丢失。</translation>
    </message>
    <message>
        <source>For your tutor: the disk that holds %1 is full.</source>
        <translation>给辅导员：存放 %1 的磁盘满了。</translation>
    </message>
    <message>
        <source>This trainer is older than your records</source>
        <translation>这个数字桥的版本比学习记录旧</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of the trainer.</source>
        <translation>您的学习记录是用更新版本的数字桥保存的。</translation>
    </message>
    <message>
        <source>Please ask your tutor to install the newest version. Nothing has been changed.</source>
        <translation>请辅导员安装最新版本。什么都没有改动。</translation>
    </message>
    <message>
        <source>The record book is busy or locked</source>
        <translation>学习记录正在被使用或被锁住了</translation>
    </message>
    <message>
        <source>The trainer could not open the file that keeps everyone&apos;s progress.</source>
        <translation>数字桥打不开保存大家学习记录的文件。</translation>
    </message>
    <message>
        <source>Please wait a moment and press “Try again”. Nothing has been changed or lost.</source>
        <translation>请稍等一会儿，再点“再试一次”。什么都没有改动，也没有丢失。</translation>
    </message>
    <message>
        <source>For your tutor: %1</source>
        <translation>给辅导员：%1</translation>
    </message>
    <message>
        <source>Use the saved copy</source>
        <translation>使用备份</translation>
    </message>
    <message>
        <source>Start a new, empty record book</source>
        <translation>新建空白学习记录</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so this could not be done. Nothing was changed. Free some space on the disk or USB stick, then try again.</source>
        <translation>磁盘满了，所以没能完成。没有做任何改动。请在磁盘或U盘上腾出一些空间，再试一次。</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the trainer. Install the newest version first. Nothing was changed.</source>
        <translation>这份备份是较新版本的数字桥做的。请先安装最新版本。什么都没有改动。</translation>
    </message>
    <message>
        <source>The backup could not be written. Is there room on the disk or USB stick? Nothing was changed.</source>
        <translation>备份没能写进去。请看看硬盘或U盘是否还有空间。什么都没有改动。</translation>
    </message>
    <message>
        <source>This is no longer on this computer: it was removed meanwhile. Nothing was changed.</source>
        <translation>这台电脑上已经没有这一项了：刚才已被删除。什么都没有改动。</translation>
    </message>
    <message>
        <source>The record book could not be opened just now. Please wait a moment and try again. Nothing was lost.</source>
        <translation>学习记录暂时打不开。请稍等一下再试。什么都没有丢。</translation>
    </message>
    <message>
        <source>This is the only tutor left. Add another tutor before retiring this one.</source>
        <translation>这是仅剩的一位辅导员。请先添加另一位辅导员，再让这一位退出。</translation>
    </message>
    <message>
        <source>There is already a tutor with that name (perhaps retired: bring them back instead). Please choose another name.</source>
        <translation>已经有一位辅导员叫这个名字（也许已经退出：可以请他回来）。请换一个名字。</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>请输入名字。</translation>
    </message>
    <message>
        <source>That name is too long: at most 40 letters, please.</source>
        <translation>这个名字太长了：最多 40 个字。</translation>
    </message>
    <message>
        <source>That name has characters that cannot be shown. Please type it again.</source>
        <translation>这个名字里有无法显示的字符。请重新输入。</translation>
    </message>
    <message>
        <source>the year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The disk or USB stick is full. Free some space or choose another place.</source>
        <translation>硬盘或U盘满了。请腾出一些空间，或换一个地方保存。</translation>
    </message>
    <message>
        <source>The trainer may not write there. Choose another folder, or check that the USB stick is not locked.</source>
        <translation>数字桥不能往那里写东西。请换一个文件夹，或看看U盘是否被锁住了。</translation>
    </message>
    <message>
        <source>The file or folder is not there any more. Is the USB stick still plugged in?</source>
        <translation>那个文件或文件夹已经不在了。U盘还插着吗？</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>文件没能读取或写入：%1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍等</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Progress report</source>
        <translation>学习进度报告</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>班级报告</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress by level</source>
        <translation>各级别的进度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Lessons mastered</source>
        <translation>已掌握的课程</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Mastered on</source>
        <translation>掌握日期</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lessons in progress</source>
        <translation>正在学的课程</translation>
    </message>
    <message>
        <source>Time spent learning</source>
        <translation>学习时间</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Checked by a tutor</source>
        <translation>辅导老师确认</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>辅导老师</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Whole level: %1</source>
        <translation>整个级别：%1</translation>
    </message>
    <message>
        <source>No lessons mastered yet. Every step counts!</source>
        <translation>还没有掌握的课程。每一步都算数！</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近学习</translation>
    </message>
    <message>
        <source>Help asked</source>
        <translation>请求帮助</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>可能需要帮助</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Learners: %1</source>
        <translation>学员人数：%1</translation>
    </message>
    <message>
        <source>Made with Digital Bridge on %1</source>
        <translation>由数字桥制作于 %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>进阶</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>many wrong tries on one step</source>
        <translation>在同一步错了很多次</translation>
    </message>
    <message>
        <source>a long time on one step</source>
        <translation>在同一步停留很久</translation>
    </message>
    <message>
        <source>asked for help</source>
        <translation>请求了帮助</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字的大小</translation>
    </message>
    <message>
        <source>A  Smaller</source>
        <translation>A  变小</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>把字变小</translation>
    </message>
    <message>
        <source>A  Bigger</source>
        <translation>A  变大</translation>
    </message>
    <message>
        <source>Make the text bigger</source>
        <translation>把字变大</translation>
    </message>
    <message>
        <source>Size %1 of %2</source>
        <translation>第 %1 档，共 %2 档</translation>
    </message>
    <message>
        <source>This is how your lessons will look.</source>
        <translation>课程里的字就是这么大。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>On</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Brisk</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>How much time you have for the second click. If double-clicking is hard, choose more time.</source>
        <translation>第二下点击可以有多长时间。如果双击有困难，就选长一点的时间。</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Time for a double-click</source>
        <translation>双击的时间</translation>
    </message>
    <message>
        <source>Movement on screen</source>
        <translation>屏幕动画</translation>
    </message>
    <message>
        <source>Less movement</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your picture asks for your PIN when you sign in.</source>
        <translation>登录时，点您的图案后需要输入密码。</translation>
    </message>
    <message>
        <source>Remove my PIN</source>
        <translation>取消我的密码</translation>
    </message>
    <message>
        <source>You can add a PIN of 4 numbers so that only you can open your lessons.</source>
        <translation>可以设一个 4 位数字的密码，这样只有您能打开自己的课程。</translation>
    </message>
    <message>
        <source>Add a PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Digital Bridge</source>
        <translation>数字桥</translation>
    </message>
    <message>
        <source>Who is learning today?</source>
        <translation>今天谁来学习？</translation>
    </message>
    <message>
        <source>Press your picture to begin. New here? Press “I am new”.</source>
        <translation>请点您的图案开始。第一次来？请点“我是新来的”。</translation>
    </message>
    <message>
        <source>I am new</source>
        <translation>我是新来的</translation>
    </message>
    <message>
        <source>I am new: make my own picture to sign in</source>
        <translation>我是新来的：建立我自己的登录图案</translation>
    </message>
    <message>
        <source>For tutors</source>
        <translation>辅导员入口</translation>
    </message>
    <message>
        <source>For tutors: sign in with a tutor PIN</source>
        <translation>辅导员入口：用辅导员密码登录</translation>
    </message>
    <message>
        <source>Nobody has signed up on this computer yet. Press “I am new” to begin.</source>
        <translation>这台电脑上还没有人登记。请点“我是新来的”开始。</translation>
    </message>
    <message>
        <source>%1, asks for a PIN</source>
        <translation>%1，需要密码</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>已输入 %1 位</translation>
    </message>
    <message>
        <source>Practice · nothing is sent</source>
        <translation>练习 · 不会真的发出</translation>
    </message>
    <message>
        <source>Practice screen</source>
        <translation>练习屏幕</translation>
    </message>
    <message>
        <source>Practice — nothing is sent.</source>
        <translation>这是练习，什么都不会发出去。</translation>
    </message>
    <message>
        <source>This is a practice copy of an app. Nothing you do here leaves this computer.</source>
        <translation>这是仿照真软件做的练习版。在这里做的一切，都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>再练一遍</translation>
    </message>
    <message>
        <source>All %1 tasks done</source>
        <translation>%1 项任务全部完成</translation>
    </message>
    <message>
        <source>Task %1 of %2</source>
        <translation>第 %1 项任务，共 %2 项</translation>
    </message>
    <message>
        <source>You pressed a dangerous button on the way. Press “Practise again” and go through it once more without it.</source>
        <translation>刚才中途按了一个危险的按钮。请按“再练一遍”，再做一遍，这次避开它。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>做得好。</translation>
    </message>
    <message>
        <source>This is only practice: nothing was paid or sent.</source>
        <translation>这只是练习：没有付钱，也没有发出任何东西。</translation>
    </message>
    <message>
        <source>The right place now has a thick frame around it.</source>
        <translation>该按的地方现在加了粗框。</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Basic</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>进阶</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>Using the computer: mouse, keyboard, windows, the internet, staying safe.</source>
        <translation>学用电脑：鼠标、键盘、窗口、上网、安全。</translation>
    </message>
    <message>
        <source>Everyday life: messages, video calls, paying, booking, spotting scams.</source>
        <translation>日常生活：发消息、视频通话、付款、挂号、识别骗局。</translation>
    </message>
    <message>
        <source>Doing more: shopping, banking, judging information, making and fixing things.</source>
        <translation>更进一步：网购、网上银行、辨别信息、动手制作和解决问题。</translation>
    </message>
</context>
<context>
    <name>Tutor</name>
    <message>
        <source>That passphrase is not right. Nothing was issued. Please type it again.</source>
        <translation>口令不对，没有发出证书。请再输入一次。</translation>
    </message>
    <message>
        <source>This computer has no signing key yet. Set up tutor mode again, or run: trainer keys create</source>
        <translation>这台电脑还没有签名密钥。请重新设置辅导员模式，或者运行：trainer keys create</translation>
    </message>
    <message>
        <source>The signing key file is damaged. Restore it from a backup of the data folder.</source>
        <translation>签名密钥文件已损坏。请从数据文件夹的备份中恢复。</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>证书没有颁发。</translation>
    </message>
    <message>
        <source>The qualifications framework / credits setting cannot be used: %1. Nothing was issued.</source>
        <translation>资历框架/学分设置不能使用：%1。证书没有颁发。</translation>
    </message>
    <message>
        <source>There is no certificate %1 in this centre&apos;s register.</source>
        <translation>本中心的证书登记册里没有编号为 %1 的证书。</translation>
    </message>
    <message>
        <source>This learner has not finished every lesson of that level yet.</source>
        <translation>这位学员还没有学完这一级的全部课程。</translation>
    </message>
    <message>
        <source>The sign-off date (%1) is after today&apos;s date of issue.</source>
        <translation>认证日期（%1）晚于今天的颁发日期。</translation>
    </message>
    <message>
        <source>The sign-off date (%1) is before the learner started these lessons.</source>
        <translation>认证日期（%1）早于学员开始学习这些课程的日子。</translation>
    </message>
    <message>
        <source>“%1” is not a tutor of this centre: add them in tutor mode, or sign off again.</source>
        <translation>“%1”不是本中心登记的辅导员：请先在辅导员模式里添加，或重新认证一次。</translation>
    </message>
    <message>
        <source>The remark to print is %1 characters long; at most %2 fit on the certificate. Sign off again with a shorter note, or do not print the remark.</source>
        <translation>要印在证书上的评语有 %1 个字，证书上最多放得下 %2 个字。请重新签字确认，写短一点的备注，或者不印评语。</translation>
    </message>
    <message>
        <source>That backup is damaged: it fails its integrity check.</source>
        <translation>这个备份已损坏：没有通过完整性检查。</translation>
    </message>
    <message>
        <source>That file is an SQLite database, but not one of the trainer&apos;s.</source>
        <translation>这个文件是 SQLite 数据库，但不是本软件的。</translation>
    </message>
    <message>
        <source>That file is not a backup of the trainer: its tables are not the trainer&apos;s (%1).</source>
        <translation>这个文件不是本软件的备份：里面的数据表和本软件的不一样（%1）。</translation>
    </message>
    <message>
        <source>That backup has been altered: its triggers are not the trainer&apos;s (%1). Restoring it could stop answers from being saved.</source>
        <translation>这个备份被改动过：里面的触发器和本软件的不一样（%1）。恢复它可能会让答题记录无法保存。</translation>
    </message>
    <message>
        <source>That file is not a backup of the trainer, or it is damaged.</source>
        <translation>这个文件不是本软件的备份，或者已经损坏。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何改动。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Tutor sign-in is closed until %1.</source>
        <translation>密码错误次数太多。辅导员登录暂时关闭，到 %1 再试。</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (like 123456 or 111111). Please choose another.</source>
        <translation>这个密码太容易被猜到（比如 123456 或 111111）。请换一个。</translation>
    </message>
    <message>
        <source>A tutor PIN has 6 to 12 numbers. Please choose another.</source>
        <translation>辅导员密码是 6 到 12 位数字。请换一个。</translation>
    </message>
    <message>
        <source>That PIN is not right. %1 more tries before tutor sign-in closes for a while.</source>
        <translation>密码不对。再错 %1 次，辅导员登录会暂时关闭。</translation>
    </message>
    <message>
        <source>Certificates issued here…</source>
        <translation>本中心颁发的证书…</translation>
    </message>
    <message>
        <source>Where should the certificate files go?</source>
        <translation>证书文件保存到哪里？</translation>
    </message>
    <message>
        <source>Certificate %1 is ready: the PDF to print, and the signed files for recognition bodies, are in %2.</source>
        <translation>证书 %1 已生成：可打印的 PDF 和给认证机构的签名文件都在 %2。</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked. Save the revocation list and register again and send them to the recognition body.</source>
        <translation>证书 %1 已作废。请重新保存作废清单和登记册，并发给认证机构。</translation>
    </message>
    <message>
        <source>Where should the revocation list and register go?</source>
        <translation>作废清单和登记册保存到哪里？</translation>
    </message>
    <message>
        <source>Saved in %1: %2 (the revocation list, %3 revoked) and %4 with its signature %5. Send them to the recognition body, or put them on the centre&apos;s website.</source>
        <translation>已保存到 %1：%2（作废清单，共 %3 份作废）和 %4 及其签名文件 %5。请发给认证机构，或放到中心的网站上。</translation>
    </message>
    <message>
        <source>This could not be saved: %1. Please check it.</source>
        <translation>没能保存：%1。请检查一下。</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件……</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <source>Saving the list…</source>
        <translation>正在保存名单……</translation>
    </message>
    <message>
        <source>Saved %1 learners in %2.</source>
        <translation>已把 %1 位学员保存到 %2。</translation>
    </message>
    <message>
        <source>Records put aside after damage</source>
        <translation>损坏后被搁置的记录</translation>
    </message>
    <message>
        <source>The records now are right</source>
        <translation>现在的记录是对的</translation>
    </message>
    <message>
        <source>Let them try their PIN again now</source>
        <translation>让他现在就可以再输入密码</translation>
    </message>
    <message>
        <source>Restore the last good backup from before the damage</source>
        <translation>恢复损坏前最后一个完好的备份</translation>
    </message>
    <message>
        <source>Restore the backup from %1 (%2 learners)</source>
        <translation>恢复 %1 的备份（%2 位学员）</translation>
    </message>
    <message>
        <source>Are the records on this computer now right? Then the notice ends, the damaged file stays where it is, and older backups (also those with more learners) may be rotated away.</source>
        <translation>这台电脑上现在的记录是对的吗？确认后提示就会结束，损坏的文件仍然保留在原处，较旧的备份（包括学员更多的备份）以后可以按轮换规则删除。</translation>
    </message>
    <message>
        <source>Yes, the records now are right</source>
        <translation>是的，现在的记录是对的</translation>
    </message>
    <message>
        <source>Done: the records on this computer are kept as they are.</source>
        <translation>好了：这台电脑上的记录保持现状。</translation>
    </message>
    <message>
        <source>Done: %1 can try their PIN again now.</source>
        <translation>好了：%1 现在可以再输入密码了。</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick</source>
        <translation>选择一个文件夹或 U 盘</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择一个备份</translation>
    </message>
    <message>
        <source>Restoring the backup… please wait. Nothing will be lost.</source>
        <translation>正在恢复备份……请稍等。什么都不会丢。</translation>
    </message>
    <message>
        <source>Backup from %1: %2 learners, %3 answers. Restoring replaces what is on this computer now; a copy of it is kept first.</source>
        <translation>这是 %1 的备份：%2 位学员，%3 条答题记录。恢复会替换这台电脑上现在的记录；替换前会先保存一份。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Erasing removes %1 and all their progress from this computer for ever. Save their data first if they may want it (the button above).</source>
        <translation>删除会把 %1 和他的全部学习记录从这台电脑上永久清除。如果以后可能还要用，请先保存他的数据（上面的按钮）。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。什么都没有改动。</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>没能完成：%1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告……</translation>
    </message>
    <message>
        <source>Added %1 learners.</source>
        <translation>已添加 %1 位学员。</translation>
    </message>
    <message>
        <source>Lines left out: %1</source>
        <translation>没有导入的行：%1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……还有 %1 处。</translation>
    </message>
    <message>
        <source>Nothing was imported. Please fix these lines in the file and import it again, or import only the good lines:</source>
        <translation>什么都没有导入。请在文件里改好下面这些行再导入，或者只导入没有问题的行：</translation>
    </message>
    <message>
        <source>Import only the good lines</source>
        <translation>只导入没有问题的行</translation>
    </message>
    <message>
        <source>The file has no learners in it.</source>
        <translation>文件里没有学员。</translation>
    </message>
    <message>
        <source>many wrong tries on one step</source>
        <translation>在同一步错了很多次</translation>
    </message>
    <message>
        <source>stuck on one step</source>
        <translation>在同一步停留很久</translation>
    </message>
    <message>
        <source>asked for help</source>
        <translation>请求了帮助</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今天%1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>a step that is no longer in the lesson</source>
        <translation>课程里已经没有的一步</translation>
    </message>
    <message>
        <source>%1 asked for help %2 in “%3”, %4.</source>
        <translation>%1 %2在“%3”请求帮助，%4。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Showing %1 of %2 learners. Press a name to open that learner&apos;s page.</source>
        <translation>显示 %1 位学员，共 %2 位。点名字可以打开学员的页面。</translation>
    </message>
    <message>
        <source>Nobody is waiting for help.</source>
        <translation>现在没有人在等帮助。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Mark as helped: %1</source>
        <translation>标记为已帮助：%1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <source>some lessons</source>
        <translation>学了部分课程</translation>
    </message>
    <message>
        <source>all lessons</source>
        <translation>全部学完</translation>
    </message>
    <message>
        <source>Learners by level</source>
        <translation>各级别的学员</translation>
    </message>
    <message>
        <source>Tutor dashboard</source>
        <translation>辅导员总览</translation>
    </message>
    <message>
        <source>Add a learner</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <source>Import or export the list of learners</source>
        <translation>导入或导出学员名单</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Waiting for help</source>
        <translation>等待帮助</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Find a learner by name</source>
        <translation>按名字查找学员</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>May need help</source>
        <translation>可能需要帮助</translation>
    </message>
    <message>
        <source>Asked for help</source>
        <translation>请求了帮助</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>学习时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近学习</translation>
    </message>
    <message>
        <source>Learners and their progress</source>
        <translation>学员和学习进度</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>全班各级别情况</translation>
    </message>
    <message>
        <source>Lock tutor mode</source>
        <translation>锁定辅导员页面</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>Set up tutor mode</source>
        <translation>设置辅导员模式</translation>
    </message>
    <message>
        <source>This is done once per computer, by a tutor. Learners do not need it.</source>
        <translation>每台电脑只需设置一次，由辅导员来做。学员不需要这一步。</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>服务点名称</translation>
    </message>
    <message>
        <source>Town or village</source>
        <translation>所在城镇或村</translation>
    </message>
    <message>
        <source>Centre code (if your network gave you one)</source>
        <translation>服务点编号（如果上级给过编号）</translation>
    </message>
    <message>
        <source>Your name (the first tutor)</source>
        <translation>您的名字（第一位辅导员）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next: choose your PIN</source>
        <translation>下一步：设置密码</translation>
    </message>
    <message>
        <source>Tutors: who is signing in?</source>
        <translation>辅导员：请问是谁登录？</translation>
    </message>
    <message>
        <source>Back to the learners</source>
        <translation>回到学员页面</translation>
    </message>
    <message>
        <source>Tutor mode is ready</source>
        <translation>辅导员模式已设置好</translation>
    </message>
    <message>
        <source>Certificates from this centre are signed with a key kept on this computer. The key is locked with the passphrase below. Write it down and keep it somewhere safe: you need it to issue certificates, and nobody can recover it.</source>
        <translation>本服务点的证书用保存在这台电脑上的密钥签名。密钥用下面的口令锁着。请把口令抄下来，放在安全的地方：发证书时要用到，丢了没有人能找回。</translation>
    </message>
    <message>
        <source>Making the signing key… this takes a few seconds.</source>
        <translation>正在生成签名密钥……需要几秒钟。</translation>
    </message>
    <message>
        <source>The signing key is ready.</source>
        <translation>签名密钥已准备好。</translation>
    </message>
    <message>
        <source>The signing key could not be made now. You can make it later from the tutor pages.</source>
        <translation>现在无法生成签名密钥。以后可以在辅导员页面里再生成。</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已经抄下来了</translation>
    </message>
    <message>
        <source>Please type your tutor PIN (6 to 12 numbers) first.</source>
        <translation>请先输入您的辅导员密码（6 到 12 位数字）。</translation>
    </message>
    <message>
        <source>Please type the centre&apos;s signing passphrase first.</source>
        <translation>请先输入本服务点的签名口令。</translation>
    </message>
    <message>
        <source>Making the certificate…</source>
        <translation>正在生成证书……</translation>
    </message>
    <message>
        <source>Erase %1 for ever</source>
        <translation>永久删除 %1</translation>
    </message>
    <message>
        <source>Tutor sign-in is closed for a while after too many wrong PINs.</source>
        <translation>密码错误次数太多，辅导员登录暂时关闭。</translation>
    </message>
    <message>
        <source>That PIN is not right. Nothing was signed off.</source>
        <translation>密码不对。没有确认任何级别。</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>回到总览</translation>
    </message>
    <message>
        <source>This learner&apos;s record</source>
        <translation>这位学员的记录</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>A level certificate needs every lesson of the level done. A progress certificate lists what is done so far. Both are signed with the centre&apos;s key: type its passphrase, then press one.</source>
        <translation>级别证书要求这一级的课程全部学完。进度证书列出目前已经学完的内容。两种证书都用本服务点的密钥签名：请输入口令，再点其中一个。</translation>
    </message>
    <message>
        <source>Please choose a certificate in the list first.</source>
        <translation>请先在列表里选一份证书。</translation>
    </message>
    <message>
        <source>Please write why the certificate is revoked.</source>
        <translation>请写明作废这份证书的原因。</translation>
    </message>
    <message>
        <source>Yes, revoke %1 for good</source>
        <translation>确定永久作废 %1</translation>
    </message>
    <message>
        <source>A revoked certificate stays revoked: it cannot be made valid again. Issue a new one if it was a mistake.</source>
        <translation>证书作废后不能再恢复有效。如果是弄错了，请重新颁发一份。</translation>
    </message>
    <message>
        <source>Certificates issued here</source>
        <translation>本中心颁发的证书</translation>
    </message>
    <message>
        <source>Every certificate this centre issued. Recognition bodies check them with the centre&apos;s signed revocation list and register: save both again after you revoke one.</source>
        <translation>这里列出本中心颁发的每一份证书。认证机构用中心签名的作废清单和登记册来核验证书：作废证书之后，请重新保存这两个文件。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>No certificate has been issued on this computer yet. Certificates are issued from a learner&apos;s page.</source>
        <translation>这台电脑还没有颁发过证书。证书在学员的页面上颁发。</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <source>Choose it in the list, write the reason, then press Revoke.</source>
        <translation>在列表里选中证书，写明原因，然后按“作废”。</translation>
    </message>
    <message>
        <source>Why it is revoked</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Revocation list and register</source>
        <translation>作废清单和登记册</translation>
    </message>
    <message>
        <source>Saves the signed revocation list and the signed register (a spreadsheet) to a folder or USB stick, for the recognition body or the centre&apos;s website.</source>
        <translation>把签名的作废清单和签名的登记册（表格文件）保存到文件夹或U盘，交给认证机构或放到中心的网站上。</translation>
    </message>
    <message>
        <source>The centre&apos;s signing passphrase</source>
        <translation>本服务点的签名口令</translation>
    </message>
    <message>
        <source>Save the revocation list and register…</source>
        <translation>保存作废清单和登记册…</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>返回工具</translation>
    </message>
    <message>
        <source>Progress certificate</source>
        <translation>进度证书</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>已作废（%1）：%2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation>%1证书</translation>
    </message>
    <message>
        <source>Progress report to print (PDF)</source>
        <translation>可打印的学习报告（PDF）</translation>
    </message>
    <message>
        <source>Save all of this learner&apos;s data (JSON)</source>
        <translation>保存这位学员的全部数据（JSON）</translation>
    </message>
    <message>
        <source>Show again on the sign-in screen</source>
        <translation>重新显示在登录页面上</translation>
    </message>
    <message>
        <source>Hide from the sign-in screen (archive)</source>
        <translation>不在登录页面上显示（归档）</translation>
    </message>
    <message>
        <source>Erase this learner…</source>
        <translation>删除这位学员……</translation>
    </message>
    <message>
        <source>✓ %1: %2 (%3, %4)</source>
        <translation>✓ %1：%2（%3，%4）</translation>
    </message>
    <message>
        <source>Seen on their own phone (evidence for the sign-off):</source>
        <translation>看过学员在自己手机上做到的事（确认掌握的依据）：</translation>
    </message>
    <message>
        <source>Progress and time over the weeks</source>
        <translation>每周的进度和学习时间</translation>
    </message>
    <message>
        <source>Sign off a level</source>
        <translation>确认学员已掌握某一级</translation>
    </message>
    <message>
        <source>Watch the learner do the level&apos;s practical tasks. Then type your PIN and press the level. Certificates will say “tutor-validated”.</source>
        <translation>请看着学员完成这一级的实际操作。然后输入您的密码，再点这一级。证书上会写“经辅导员确认”。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Your tutor PIN</source>
        <translation>您的辅导员密码</translation>
    </message>
    <message>
        <source>Sign off %1</source>
        <translation>确认掌握%1</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print the tutor&apos;s remark on the certificate: “%1”</source>
        <translation>把辅导员的评语印在证书上：“%1”</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>答题次数</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <source>Lessons, tries and time</source>
        <translation>课程、答题次数和时间</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lessons done</source>
        <translation>%1：已学完 %2 课，共 %3 课</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>学了一部分</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <source>Finished, not mastered yet</source>
        <translation>学完了，还没掌握</translation>
    </message>
    <message>
        <source>lessons done</source>
        <translation>学完的课</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>还没有学习记录。</translation>
    </message>
    <message>
        <source>%1 signed off by %2 on %3</source>
        <translation>%1 已由 %2 于 %3 确认</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>姓名是空的</translation>
    </message>
    <message>
        <source>the name is longer than 40 letters</source>
        <translation>姓名超过了 40 个字</translation>
    </message>
    <message>
        <source>the cell starts like a spreadsheet formula (= + - @)</source>
        <translation>格子开头像表格公式（= + - @）</translation>
    </message>
    <message>
        <source>the name has invisible control characters</source>
        <translation>姓名里有看不见的控制字符</translation>
    </message>
    <message>
        <source>the language must be zh_CN or en</source>
        <translation>语言只能是 zh_CN 或 en</translation>
    </message>
    <message>
        <source>the birth year is not a year between 1900 and this year</source>
        <translation>出生年份不在 1900 年到今年之间</translation>
    </message>
    <message>
        <source>gender must be female, male, other or empty</source>
        <translation>性别只能是 female、male、other 或不填</translation>
    </message>
    <message>
        <source>status must be active or archived</source>
        <translation>状态只能是 active 或 archived</translation>
    </message>
    <message>
        <source>the picture name is not one of the trainer&apos;s pictures</source>
        <translation>图案名称不是数字桥里的图案</translation>
    </message>
    <message>
        <source>the line has more cells than the header</source>
        <translation>这一行的格子比表头多</translation>
    </message>
    <message>
        <source>the same learner is already on line %1</source>
        <translation>同一位学员已经在第 %1 行</translation>
    </message>
    <message>
        <source>this learner is already on the list</source>
        <translation>这位学员已经在名单上了</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file could not be read. Is it still on the USB stick?</source>
        <translation>文件读不出来。U 盘还插着吗？</translation>
    </message>
    <message>
        <source>The file is too big for a list of learners.</source>
        <translation>文件太大，不像学员名单。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8. In your spreadsheet choose “Save as… CSV UTF-8” and try again.</source>
        <translation>文件不是 UTF-8 格式。请在表格软件里选“另存为……CSV UTF-8”，再试一次。</translation>
    </message>
    <message>
        <source>The file has no column called: %1</source>
        <translation>文件里缺少这一列：%1</translation>
    </message>
    <message>
        <source>Please type the learner&apos;s name.</source>
        <translation>请输入学员的姓名。</translation>
    </message>
    <message>
        <source>The birth year is four numbers, for example 1952. Or leave it empty.</source>
        <translation>出生年份是四个数字，比如 1952。也可以不填。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Year of birth (optional, for the anonymous summary)</source>
        <translation>出生年份（可不填，用于不记名的统计）</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Gender (optional)</source>
        <translation>性别（可不填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>不填</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add the learner</source>
        <translation>添加这位学员</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1，共 %2</translation>
    </message>
    <message>
        <source>Stopping… nothing will be left half-done.</source>
        <translation>正在停止……不会留下做了一半的东西。</translation>
    </message>
    <message>
        <source>Reports, lists and backups</source>
        <translation>报告、名单和备份</translation>
    </message>
    <message>
        <source>The list of learners (CSV, opens in spreadsheets)</source>
        <translation>学员名单（CSV，可用表格软件打开）</translation>
    </message>
    <message>
        <source>The centre&apos;s other computers</source>
        <translation>中心的其他电脑</translation>
    </message>
    <message>
        <source>Class report to print (PDF)</source>
        <translation>可打印的班级报告（PDF）</translation>
    </message>
    <message>
        <source>Class report for spreadsheets (CSV)</source>
        <translation>表格用的班级报告（CSV）</translation>
    </message>
    <message>
        <source>Anonymous summary for the centre&apos;s reporting (JSON)</source>
        <translation>给服务点上报用的不记名统计（JSON）</translation>
    </message>
    <message>
        <source>Anonymous summary (CSV)</source>
        <translation>不记名统计（CSV）</translation>
    </message>
    <message>
        <source>Import learners from a CSV file</source>
        <translation>从 CSV 文件导入学员</translation>
    </message>
    <message>
        <source>Save the list as a CSV file</source>
        <translation>把名单保存成 CSV 文件</translation>
    </message>
    <message>
        <source>Back up now (for example to a USB stick)</source>
        <translation>现在备份（比如备份到 U 盘）</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Share records with the other computers…</source>
        <translation>与其他电脑共享记录…</translation>
    </message>
    <message>
        <source>Stop this work</source>
        <translation>停止这项工作</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>✓ %1 (seen by %2, %3)</source>
        <translation>✓ %1（%2 看到，%3）</translation>
    </message>
    <message>
        <source>Take this tick back</source>
        <translation>撤回这个勾</translation>
    </message>
    <message>
        <source>Take back the tick for “%1”</source>
        <translation>撤回“%1”的勾</translation>
    </message>
    <message>
        <source>Tick what you saw the learner do first.</source>
        <translation>请先勾上您看到学员做到的事。</translation>
    </message>
    <message>
        <source>Seen on their own phone: %1</source>
        <translation>在自己手机上做到的事：%1</translation>
    </message>
    <message>
        <source>Tick what you watched the learner do on their own phone, then save. These ticks are evidence for your sign-off and go into the certificate.</source>
        <translation>勾上您亲眼看到学员在自己手机上做到的事，再保存。这些勾是您确认掌握的依据，也会写进证书。</translation>
    </message>
    <message>
        <source>None of this learner&apos;s lessons has an own-phone checklist.</source>
        <translation>这位学员的课程里没有需要在自己手机上做的清单。</translation>
    </message>
    <message>
        <source>Back to the learner</source>
        <translation>回到这位学员</translation>
    </message>
    <message>
        <source>Save what I saw</source>
        <translation>保存我看到的</translation>
    </message>
    <message>
        <source>Seen on their own phone…</source>
        <translation>在自己手机上做到的事……</translation>
    </message>
    <message>
        <source>Saved: %1 ticked, with your name.</source>
        <translation>保存好了：勾了 %1 项，记在您的名下。</translation>
    </message>
    <message>
        <source>The tick was taken back (it stays on record as withdrawn).</source>
        <translation>这个勾已撤回（记录里会注明已撤回）。</translation>
    </message>
    <message>
        <source>Tutors and my PIN</source>
        <translation>辅导员和我的密码</translation>
    </message>
    <message>
        <source>That is not your PIN. Nothing was added.</source>
        <translation>这不是您的密码。没有添加任何人。</translation>
    </message>
    <message>
        <source>%1 can now sign in as a tutor with their PIN.</source>
        <translation>%1 现在可以用自己的密码以辅导员身份登录了。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Your PIN is changed. Use the new one from now on.</source>
        <translation>您的密码已经改好了。以后请用新密码。</translation>
    </message>
    <message>
        <source>That is not your current PIN. Nothing was changed. %1 more tries before tutor sign-in closes for a while.</source>
        <translation>这不是您现在的密码。什么都没有改动。再错 %1 次，辅导员登录会暂时关闭。</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>给 %1 改名</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>让 %1 退出</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>请回来</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>请 %1 回来</translation>
    </message>
    <message>
        <source>The new name of %1:</source>
        <translation>%1 的新名字：</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>保存名字</translation>
    </message>
    <message>
        <source>Retire %1? They can no longer sign in as a tutor. What they signed off stays on record, and they can be brought back later.</source>
        <translation>让 %1 退出吗？退出后不能再以辅导员身份登录。他签字确认过的记录都会保留，以后也可以请他回来。</translation>
    </message>
    <message>
        <source>Please type the new tutor&apos;s name.</source>
        <translation>请输入新辅导员的名字。</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Please type them again.</source>
        <translation>两次输入的新密码不一样。请重新输入。</translation>
    </message>
    <message>
        <source>Please type your own tutor PIN to confirm.</source>
        <translation>请输入您自己的辅导员密码来确认。</translation>
    </message>
    <message>
        <source>Please type your current PIN.</source>
        <translation>请输入您现在的密码。</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>辅导员</translation>
    </message>
    <message>
        <source>Tutors who can sign in</source>
        <translation>可以登录的辅导员</translation>
    </message>
    <message>
        <source>Retired tutors</source>
        <translation>已退出的辅导员</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名字</translation>
    </message>
    <message>
        <source>Add a tutor</source>
        <translation>添加辅导员</translation>
    </message>
    <message>
        <source>The new tutor chooses their own PIN (6 to 12 numbers) and types it twice. You confirm with your PIN.</source>
        <translation>新辅导员自己选一个密码（6 到 12 位数字），输入两次。您再输入自己的密码来确认。</translation>
    </message>
    <message>
        <source>The new tutor&apos;s name</source>
        <translation>新辅导员的名字</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>他的密码</translation>
    </message>
    <message>
        <source>Their PIN again</source>
        <translation>再输入一次他的密码</translation>
    </message>
    <message>
        <source>Your current PIN</source>
        <translation>您现在的密码</translation>
    </message>
    <message>
        <source>Your new PIN</source>
        <translation>您的新密码</translation>
    </message>
    <message>
        <source>Your new PIN again</source>
        <translation>再输入一次新密码</translation>
    </message>
    <message>
        <source>Add the tutor</source>
        <translation>添加这位辅导员</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Type your current PIN, then the new one twice. A wrong current PIN counts like a wrong PIN at sign-in.</source>
        <translation>先输入您现在的密码，再输入两次新密码。现在的密码输错，和登录时输错一样计数。</translation>
    </message>
    <message>
        <source>Open it (to look at or print)</source>
        <translation>打开看看（也可以打印）</translation>
    </message>
    <message>
        <source>The sign-in screen, for everyone at the centre</source>
        <translation>登录页面（对本中心所有人）</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>普通字号</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>最大字</translation>
    </message>
    <message>
        <source>High contrast on or off</source>
        <translation>打开或关闭高对比度</translation>
    </message>
    <message>
        <source>This could not be kept: %1</source>
        <translation>没能保存：%1</translation>
    </message>
    <message>
        <source>normal text</source>
        <translation>普通字号</translation>
    </message>
    <message>
        <source>large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>the largest text</source>
        <translation>最大字</translation>
    </message>
    <message>
        <source>text of %1 points</source>
        <translation>%1 磅的字</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>normal colours</source>
        <translation>普通颜色</translation>
    </message>
    <message>
        <source>From now on the sign-in screen shows %1 in %2 for everyone.</source>
        <translation>从现在起，登录页面对所有人都用%1、%2显示。</translation>
    </message>
    <message>
        <source>The centre&apos;s other computers that share records show it too, once they have shared again.</source>
        <translation>本中心其他共享记录的电脑，下次共享之后也会这样显示。</translation>
    </message>
</context>
<context>
    <name>TutorSync</name>
    <message>
        <source>This computer is not connected to a hub yet.</source>
        <translation>这台电脑还没有连接到中心服务器。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Is the hub computer switched on, and is this computer on the same network (cable or Wi-Fi)? Learners can go on as usual: their work is kept here and shared as soon as the hub can be reached again.</source>
        <translation>连不上中心服务器。请看看服务器那台电脑是否开着，这台电脑是否在同一个网络里（网线或 Wi-Fi）。学员可以照常学习：他们的记录先保存在这台电脑上，等服务器能连上时再共享。</translation>
    </message>
    <message>
        <source>The hub did not accept the user name or password. Check them with whoever set up the hub.</source>
        <translation>中心服务器不接受这个用户名或密码。请向设置服务器的人核对一下。</translation>
    </message>
    <message>
        <source>The hub has no database with that name. Check the name.</source>
        <translation>中心服务器上没有这个名字的数据库。请核对名字。</translation>
    </message>
    <message>
        <source>The hub refused the connection: %1</source>
        <translation>中心服务器拒绝了连接：%1</translation>
    </message>
    <message>
        <source>This hub belongs to another centre (“%1”). Nothing was changed. If this computer should join that centre, choose “Join” below: its learners then belong to that centre too.</source>
        <translation>这个中心服务器属于另一个中心（“%1”）。什么都没有改动。如果这台电脑应当加入那个中心，请点下面的“加入”：这台电脑上的学员也会归入那个中心。</translation>
    </message>
    <message>
        <source>The hub was set up by a newer version of Digital Bridge. Update this computer first.</source>
        <translation>这个中心服务器是用更新版本的数字桥设置的。请先更新这台电脑上的软件。</translation>
    </message>
    <message>
        <source>Set up this computer&apos;s centre first (tutor mode&apos;s first screen), then connect it.</source>
        <translation>请先设置这台电脑所属的中心（辅导员模式的第一个画面），再连接。</translation>
    </message>
    <message>
        <source>Sharing did not finish: %1. Nothing was half-done; try again.</source>
        <translation>共享没有完成：%1。没有留下做了一半的东西，请再试一次。</translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation>什么都没有导入。</translation>
    </message>
    <message>
        <source>This file is not a Digital Bridge sharing file.</source>
        <translation>这个文件不是数字桥的共享文件。</translation>
    </message>
    <message>
        <source>This file was made by a newer version: update this computer first.</source>
        <translation>这个文件是更新的版本做的：请先更新这台电脑上的软件。</translation>
    </message>
    <message>
        <source>The file cannot be read. Is the USB stick still in? Copy it again.</source>
        <translation>读不了这个文件。U 盘还插着吗？请重新复制一次。</translation>
    </message>
    <message>
        <source>The file is too big to be a sharing file.</source>
        <translation>这个文件太大，不像共享文件。</translation>
    </message>
    <message>
        <source>This file comes from another centre (“%1”).</source>
        <translation>这个文件来自另一个中心（“%1”）。</translation>
    </message>
    <message>
        <source>The centre code is needed the first time (see below).</source>
        <translation>第一次需要输入中心代码（见下面）。</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made, or the centre code is not right. Make a new file on the computer it came from.</source>
        <translation>这个文件做好之后被改动或损坏了，或者中心代码不对。请在原来那台电脑上重新做一个文件。</translation>
    </message>
    <message>
        <source>The file is damaged. Make a new file on the computer it came from.</source>
        <translation>这个文件损坏了。请在原来那台电脑上重新做一个文件。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>This computer does not share its records yet. Connect it to the centre&apos;s hub, or carry the records on a USB stick to computers without a network.</source>
        <translation>这台电脑还没有共享记录。可以把它连接到中心服务器，或者用 U 盘把记录带到没有网络的电脑上。</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>这台电脑：%1</translation>
    </message>
    <message>
        <source>Hub: %1. Last shared: %2.</source>
        <translation>中心服务器：%1。上次共享：%2。</translation>
    </message>
    <message>
        <source>No hub: records travel by USB stick.</source>
        <translation>没有中心服务器：记录用 U 盘传递。</translation>
    </message>
    <message>
        <source>Last saved for another computer: %1.</source>
        <translation>上次为其他电脑保存：%1。</translation>
    </message>
    <message>
        <source>Last loaded from another computer: %1.</source>
        <translation>上次从其他电脑导入：%1。</translation>
    </message>
    <message>
        <source>Waiting to be shared from this computer: %1 change(s).</source>
        <translation>这台电脑上还有 %1 处改动等待共享。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be shared from this computer.</source>
        <translation>这台电脑上没有等待共享的改动。</translation>
    </message>
    <message>
        <source>%1 record(s) wait for the learner they belong to; they come with a later share.</source>
        <translation>有 %1 条记录还在等它所属的学员；下次共享时会一起到。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off the hub&apos;s; sharing corrects for it.</source>
        <translation>这台电脑的时钟和中心服务器差了 %1 分钟；共享时会自动校正。</translation>
    </message>
    <message>
        <source>No other computer has shared with this one yet.</source>
        <translation>还没有其他电脑和这台电脑共享过。</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <source>%1: last shared %2 (%3)</source>
        <translation>%1：上次共享 %2（%3）</translation>
    </message>
    <message>
        <source>; %1 change(s) were still to send then</source>
        <translation>；当时还有 %1 处改动没发出</translation>
    </message>
    <message>
        <source>Sharing with the hub…</source>
        <translation>正在与中心服务器共享…</translation>
    </message>
    <message>
        <source>The centre code: %1
Keep it private: with it and a sharing file, anyone can read the centre&apos;s records.</source>
        <translation>中心代码：%1
请妥善保管：有了它和共享文件，任何人都能看到中心的记录。</translation>
    </message>
    <message>
        <source>There is no centre code yet: it is made the first time records are saved for another computer or a hub is connected.</source>
        <translation>还没有中心代码：第一次为其他电脑保存记录或连接中心服务器时会生成。</translation>
    </message>
    <message>
        <source>Shared: %1 change(s) sent, %2 received.</source>
        <translation>共享完成：发出 %1 处改动，收到 %2 处。</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>正在连接中心服务器…</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>连接是加密的。</translation>
    </message>
    <message>
        <source>The hub does not offer encryption (TLS); ask whoever set it up to switch it on.</source>
        <translation>中心服务器没有提供加密（TLS）；请让设置服务器的人把它打开。</translation>
    </message>
    <message>
        <source>Connected. %1 change(s) sent, %2 received.</source>
        <translation>已连接。发出 %1 处改动，收到 %2 处。</translation>
    </message>
    <message>
        <source>Save for another computer</source>
        <translation>为其他电脑保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1 records to %2. Load this file on the other computer.</source>
        <translation>已把 %1 条记录保存到 %2。请在另一台电脑上导入这个文件。</translation>
    </message>
    <message>
        <source>Load from another computer</source>
        <translation>从其他电脑导入</translation>
    </message>
    <message>
        <source>Checking and loading…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <source>Loaded the file from %1: %2 record(s) changed something here.</source>
        <translation>已导入来自 %1 的文件：%2 条记录更新了这台电脑。</translation>
    </message>
    <message>
        <source>If this computer belongs to that centre, type that centre&apos;s code to join it: this computer&apos;s learners and tutors then belong to that centre too.</source>
        <translation>如果这台电脑属于那个中心，请输入那个中心的代码来加入：这台电脑上的学员和辅导员也会归入那个中心。</translation>
    </message>
    <message>
        <source>The centre code is 24 letters and digits, for example ABCD-EFGH-IJKL-MNOP-QRST-UVWX.</source>
        <translation>中心代码是 24 个字母和数字，例如 ABCD-EFGH-IJKL-MNOP-QRST-UVWX。</translation>
    </message>
    <message>
        <source>Merged: every answer of both registrations now belongs to one learner. The other computers merge them at their next share.</source>
        <translation>已合并：两次登记的所有答题记录现在都属于同一位学员。其他电脑下次共享时也会合并。</translation>
    </message>
    <message>
        <source>Noted: they are two people. They will not be suggested again.</source>
        <translation>已记下：他们是两个人。以后不会再提示。</translation>
    </message>
    <message>
        <source>Stopping… what is done so far is kept whole.</source>
        <translation>正在停止…已经做完的部分完整保留。</translation>
    </message>
    <message>
        <source>Please fill in the hub computer, the database and the user name.</source>
        <translation>请填写中心服务器电脑、数据库和用户名。</translation>
    </message>
    <message>
        <source>Join “%1” with this computer&apos;s learners</source>
        <translation>带着这台电脑的学员加入“%1”</translation>
    </message>
    <message>
        <source>%1, born %2: registered twice (on %3 and %4)</source>
        <translation>%1，%2 年生：登记了两次（%3 和 %4）</translation>
    </message>
    <message>
        <source>%1 (no birth year given): registered twice (on %3 and %4)</source>
        <translation>%1（没有填出生年份）：登记了两次（%3 和 %4）</translation>
    </message>
    <message>
        <source>Merge these two</source>
        <translation>合并这两个</translation>
    </message>
    <message>
        <source>Merge the two registrations of %1</source>
        <translation>合并 %1 的两次登记</translation>
    </message>
    <message>
        <source>They are two people</source>
        <translation>他们是两个人</translation>
    </message>
    <message>
        <source>%1: they are two different people</source>
        <translation>%1：他们是两个不同的人</translation>
    </message>
    <message>
        <source>Sharing with the centre&apos;s other computers</source>
        <translation>与中心的其他电脑共享</translation>
    </message>
    <message>
        <source>The centre&apos;s computers</source>
        <translation>中心的电脑</translation>
    </message>
    <message>
        <source>Share now</source>
        <translation>现在共享</translation>
    </message>
    <message>
        <source>Connect to the centre&apos;s hub…</source>
        <translation>连接中心服务器…</translation>
    </message>
    <message>
        <source>Save to a USB stick…</source>
        <translation>保存到 U 盘…</translation>
    </message>
    <message>
        <source>Load from a USB stick…</source>
        <translation>从 U 盘导入…</translation>
    </message>
    <message>
        <source>Show the centre code</source>
        <translation>显示中心代码</translation>
    </message>
    <message>
        <source>Ask whoever set up the hub for these four things. The password is kept only on this computer, readable only by this user.</source>
        <translation>请向设置中心服务器的人要这四项。密码只保存在这台电脑上，只有当前用户能读。</translation>
    </message>
    <message>
        <source>Hub computer (name or address, e.g. 192.168.1.10)</source>
        <translation>中心服务器电脑（名称或地址，例如 192.168.1.10）</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Join the hub&apos;s centre</source>
        <translation>加入中心服务器所属的中心</translation>
    </message>
    <message>
        <source>This computer does not know the centre code yet. Type the code shown on a computer of the centre (Share → Show the centre code). You need it only once.</source>
        <translation>这台电脑还不知道中心代码。请输入中心里某台电脑上显示的代码（共享 → 显示中心代码）。只需要输入一次。</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>中心代码</translation>
    </message>
    <message>
        <source>Load the file with this code</source>
        <translation>用这个代码导入文件</translation>
    </message>
    <message>
        <source>Learners who may be one person registered twice</source>
        <translation>可能是同一个人登记了两次的学员</translation>
    </message>
    <message>
        <source>None: no two learners have the same name and birth year.</source>
        <translation>没有：没有两位学员同名同出生年份。</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>返回工具</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>This is the voice that will read your lessons.</source>
        <translation>以后就由这个声音给您读课文。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>朗读的声音</translation>
    </message>
    <message>
        <source>Volunteers at your centre recorded lessons in their own voice. What they have not recorded is read by the computer&apos;s voice.</source>
        <translation>这些是中心的志愿者用自己的声音（或家乡话）录的课。还没录到的地方，由电脑的声音来读。</translation>
    </message>
    <message>
        <source>Computer voice</source>
        <translation>电脑的声音</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>朗读的声音：%1</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Choose or make a voice, then a lesson.</source>
        <translation>先选一个声音或新建一个，再选一节课。</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; %3 to record again because the words changed; %4 left.</source>
        <translation>已录 %1 条，共 %2 条；%3 条因为文字改了要重录；还剩 %4 条。</translation>
    </message>
    <message>
        <source>Text %1 of %2</source>
        <translation>第 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Recorded. You can record it again.</source>
        <translation>已经录好了，也可以重录。</translation>
    </message>
    <message>
        <source>The words changed since it was recorded: please record it again.</source>
        <translation>录音以后文字改过了，请重新录一遍。</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>还没有录。</translation>
    </message>
    <message>
        <source>This computer cannot record sound. Tutor: install alsa-utils (arecord).</source>
        <translation>这台电脑不能录音。辅导员：请安装 alsa-utils（arecord）。</translation>
    </message>
    <message>
        <source>No microphone was found. Plug one in (or switch it on in Windows&apos; sound settings).</source>
        <translation>没有找到麦克风。请插上麦克风（或在 Windows 的“声音”设置里打开它）。</translation>
    </message>
    <message>
        <source>This computer cannot record sound. Tutor: install SoX (brew install sox).</source>
        <translation>这台电脑还不能录音。辅导员：请安装 SoX（brew install sox）。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录音</translation>
    </message>
    <message>
        <source>Listen to it with Play back, then Keep it or record again.</source>
        <translation>先按“回放”听一听，满意就按“保留”，不满意就重录。</translation>
    </message>
    <message>
        <source>That recording cannot be used: %1. Please record again.</source>
        <translation>这段录音不能用：%1。请再录一遍。</translation>
    </message>
    <message>
        <source>It could not be kept: %1</source>
        <translation>没能保存：%1</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Write the volunteer&apos;s name first.</source>
        <translation>请先写上志愿者的名字。</translation>
    </message>
    <message>
        <source>Record lessons in your own voice</source>
        <translation>用自己的声音录课</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Or make a new voice: dialect, name and the lessons&apos; language.</source>
        <translation>或者新建一个声音：填上方言、名字，再选课文的语言。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Dialect, e.g. 四川话</source>
        <translation>方言，比如 四川话</translation>
    </message>
    <message>
        <source>Dialect or variety of the new voice</source>
        <translation>新声音的方言或口音</translation>
    </message>
    <message>
        <source>Name, e.g. 李阿姨</source>
        <translation>名字，比如 李阿姨</translation>
    </message>
    <message>
        <source>Name of the new voice</source>
        <translation>新声音的名字</translation>
    </message>
    <message>
        <source>Lessons in %1</source>
        <translation>%1的课文</translation>
    </message>
    <message>
        <source>New voice</source>
        <translation>新建声音</translation>
    </message>
    <message>
        <source>Make a new voice with this name</source>
        <translation>用这个名字新建一个声音</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>音量大小</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Record this text</source>
        <translation>录这一条</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Listen to the recording</source>
        <translation>听一听刚录的</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep this recording</source>
        <translation>保留这段录音</translation>
    </message>
    <message>
        <source>Previous text</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Go to the text before</source>
        <translation>回到上一条</translation>
    </message>
    <message>
        <source>Next text</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Go to the next text</source>
        <translation>去下一条</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>That recording cannot be used: %1.</source>
        <translation>这段录音不能用：%1。</translation>
    </message>
    <message>
        <source>Lessons in a volunteer&apos;s own voice or dialect</source>
        <translation>用志愿者自己的声音或家乡话读课文</translation>
    </message>
    <message>
        <source>Recorded voices: record, check, import, export…</source>
        <translation>录好的声音：录音、查看、导入、导出…</translation>
    </message>
    <message>
        <source>Looking for the recorded voices…</source>
        <translation>正在查找录好的声音…</translation>
    </message>
    <message>
        <source>Counting what is recorded…</source>
        <translation>正在统计录好了多少…</translation>
    </message>
    <message>
        <source>Save the voice %1 to a file</source>
        <translation>把声音“%1”存成一个文件</translation>
    </message>
    <message>
        <source>Voice packs (*.dbvoice)</source>
        <translation>语音包 (*.dbvoice)</translation>
    </message>
    <message>
        <source>Saving the voice…</source>
        <translation>正在保存这个声音…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 recordings) in %3. Other centres can import this file.</source>
        <translation>已把 %1（%2 段录音）存到 %3。别的中心可以导入这个文件。</translation>
    </message>
    <message>
        <source>Choose a voice pack</source>
        <translation>选择一个语音包</translation>
    </message>
    <message>
        <source>Checking every recording in %1…</source>
        <translation>正在逐段检查 %1 里的录音…</translation>
    </message>
    <message>
        <source>The voice %1 is already on this computer. Replace it with the one in %2?</source>
        <translation>这台电脑上已经有声音“%1”了。要用 %2 里的替换它吗？</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Imported the voice %1 (%2 recordings). Learners can choose it in Settings.</source>
        <translation>已导入声音“%1”（%2 段录音）。学员可以在“设置”里选它。</translation>
    </message>
    <message>
        <source>All %1 texts recorded.</source>
        <translation>%1 段文字都录好了。</translation>
    </message>
    <message>
        <source>%1 of %2 recorded</source>
        <translation>%2 段里录好了 %1 段</translation>
    </message>
    <message>
        <source>%1 to record again</source>
        <translation>%1 段要重录</translation>
    </message>
    <message>
        <source>%1 not yet</source>
        <translation>%1 段还没录</translation>
    </message>
    <message>
        <source>To record again (the words changed):</source>
        <translation>要重录的（课文改了）：</translation>
    </message>
    <message>
        <source>now %1, recorded as %2</source>
        <translation>现在是 %1，录的是 %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……还有 %1 段。</translation>
    </message>
    <message>
        <source>Not recorded yet:</source>
        <translation>还没录的：</translation>
    </message>
    <message>
        <source>The app&apos;s own words</source>
        <translation>应用里的提示语</translation>
    </message>
    <message>
        <source>What the app itself says in every lesson: a drill&apos;s hints, a quiz&apos;s “That&apos;s right.”, a simulation&apos;s “This is only practice”. %1 sentences can be recorded.</source>
        <translation>应用自己在每一课里说的话：练习里的提示、测验里的“答对了”、模拟练习里的“这只是练习”。其中 %1 句可以录音。</translation>
    </message>
    <message>
        <source>%1 of the app&apos;s sentences hold a name, a number or a lesson&apos;s word that changes each time (such as how many tries were right): they cannot be recorded whole, so the computer&apos;s voice always reads them.</source>
        <translation>应用里有 %1 句话带着名字、数字或课里的词，每次都不一样（比如试了几次、对了几次）：没法整句录下来，所以总是由电脑的声音来读。</translation>
    </message>
    <message>
        <source>Record the app&apos;s words…</source>
        <translation>录应用里的提示语…</translation>
    </message>
    <message>
        <source>Record the app&apos;s own words: hints and verdicts</source>
        <translation>录应用自己的话：提示和对错评语</translation>
    </message>
    <message>
        <source>Record this lesson…</source>
        <translation>录这一课…</translation>
    </message>
    <message>
        <source>Record the lesson %1</source>
        <translation>录“%1”这一课</translation>
    </message>
    <message>
        <source>What is left to record: %1</source>
        <translation>还要录什么：%1</translation>
    </message>
    <message>
        <source>%1 of %2 texts recorded in %3 lessons.</source>
        <translation>%3 课共 %2 段文字，录好了 %1 段。</translation>
    </message>
    <message>
        <source>The app&apos;s own words are counted too.</source>
        <translation>应用里的提示语也算在内。</translation>
    </message>
    <message>
        <source>To record again: %1. Not yet recorded: %2.</source>
        <translation>要重录：%1 段。还没录：%2 段。</translation>
    </message>
    <message>
        <source>Texts with the learner&apos;s name in them are always read by the computer&apos;s voice. Until a text is recorded again, learners hear the computer&apos;s voice there, never the old words.</source>
        <translation>带有学员名字的文字总是由电脑的声音来读。一段文字重录之前，学员听到的是电脑的声音，绝不会听到旧的说法。</translation>
    </message>
    <message>
        <source>Back to the voices</source>
        <translation>回到声音列表</translation>
    </message>
    <message>
        <source>%1 of %2 texts recorded (%3%)</source>
        <translation>%2 段文字录好了 %1 段（%3%）</translation>
    </message>
    <message>
        <source>%1 to record again (the lesson&apos;s words changed)</source>
        <translation>%1 段要重录（课文改了）</translation>
    </message>
    <message>
        <source>Sound: this computer has no program to play sound (aplay is missing). Install alsa-utils: sudo apt install alsa-utils</source>
        <translation>声音：这台电脑没有放声音的程序（缺少 aplay）。请安装 alsa-utils：sudo apt install alsa-utils</translation>
    </message>
    <message>
        <source>Sound: this computer has no sound device (no sound card was found). Plug in speakers or headphones, or install the sound card&apos;s driver. Learners see the words but hear nothing.</source>
        <translation>声音：这台电脑没有发声设备（没有找到声卡）。请插上音箱或耳机，或者安装声卡驱动。现在学员只能看到文字，听不到声音。</translation>
    </message>
    <message>
        <source>Sound: works on this computer (%1).</source>
        <translation>声音：这台电脑可以放声音（%1）。</translation>
    </message>
    <message>
        <source>Recorded voices</source>
        <translation>录好的声音</translation>
    </message>
    <message>
        <source>A volunteer can record the lessons in their own voice or dialect. Learners choose in Settings which voice reads to them; what is not recorded is read by the computer&apos;s voice.</source>
        <translation>志愿者可以用自己的声音或家乡话把课文录下来。学员在“设置”里选用哪个声音给自己读；没录到的地方由电脑的声音来读。</translation>
    </message>
    <message>
        <source>Record with a new voice…</source>
        <translation>用新的声音录音…</translation>
    </message>
    <message>
        <source>Make a new voice and record</source>
        <translation>新建一个声音并开始录音</translation>
    </message>
    <message>
        <source>Import a voice pack (.dbvoice)…</source>
        <translation>导入语音包（.dbvoice）…</translation>
    </message>
    <message>
        <source>No voice has been recorded or imported on this computer yet.</source>
        <translation>这台电脑上还没有录过或导入过声音。</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>录音…</translation>
    </message>
    <message>
        <source>What is left to record</source>
        <translation>还要录什么</translation>
    </message>
    <message>
        <source>Save to a file for other centres…</source>
        <translation>存成文件，给别的中心用…</translation>
    </message>
    <message>
        <source>Back to the tools</source>
        <translation>回到工具</translation>
    </message>
    <message>
        <source>it is %bits-bit sound; it must be 16-bit</source>
        <translation>它是 %bits 位的声音，必须是 16 位</translation>
    </message>
    <message>
        <source>it has %rate samples a second; it must have 16000 to 48000</source>
        <translation>它每秒 %rate 个采样，必须在 16000 到 48000 之间</translation>
    </message>
    <message>
        <source>it has %n sound channels; it must be mono (one channel)</source>
        <translation>它有 %n 个声道，必须是单声道</translation>
    </message>
    <message>
        <source>it is %s seconds long; one text may be at most %max seconds</source>
        <translation>它有 %s 秒长，一段文字最多 %max 秒</translation>
    </message>
    <message>
        <source>it is not a sound file that can be read (WAV)</source>
        <translation>它不是能读的声音文件（WAV）</translation>
    </message>
    <message>
        <source>the sound file is cut short (damaged)</source>
        <translation>声音文件不完整（坏了）</translation>
    </message>
    <message>
        <source>it is only %s seconds long</source>
        <translation>它只有 %s 秒</translation>
    </message>
    <message>
        <source>it is silent (no speech was heard)</source>
        <translation>没有声音（听不到说话）</translation>
    </message>
    <message>
        <source>it is distorted: it was recorded too loud (move back a little from the microphone)</source>
        <translation>声音失真了：录得太响（离麦克风远一点）</translation>
    </message>
    <message>
        <source>it is much quieter than the other recordings (speak a little closer to the microphone)</source>
        <translation>声音比其他录音小很多（请离麦克风近一点再说）</translation>
    </message>
    <message>
        <source>it is much louder than the other recordings</source>
        <translation>声音比其他录音大很多</translation>
    </message>
    <message>
        <source>the microphone stopped</source>
        <translation>麦克风停了</translation>
    </message>
    <message>
        <source>the microphone could not be opened (is it plugged in, and not used by another program?)</source>
        <translation>打不开麦克风（插好了吗？是不是别的程序正在用它？）</translation>
    </message>
    <message>
        <source>%file is not a voice pack file.</source>
        <translation>%file 不是语音包文件。</translation>
    </message>
    <message>
        <source>%file is too large for a voice pack.</source>
        <translation>%file 太大，不像是语音包。</translation>
    </message>
    <message>
        <source>%file holds %member, which does not belong in a voice pack.</source>
        <translation>%file 里有 %member，这不该出现在语音包里。</translation>
    </message>
    <message>
        <source>%file has no voice.json (the list of recordings).</source>
        <translation>%file 里没有 voice.json（录音清单）。</translation>
    </message>
    <message>
        <source>%file: the list of recordings is damaged.</source>
        <translation>%file：录音清单坏了。</translation>
    </message>
    <message>
        <source>%file: the list of recordings is incomplete.</source>
        <translation>%file：录音清单不完整。</translation>
    </message>
    <message>
        <source>%file: the voice&apos;s id may hold only a-z, 0-9, - and _.</source>
        <translation>%file：声音的编号只能用 a-z、0-9、- 和 _。</translation>
    </message>
    <message>
        <source>%file: the voice needs a name and the language zh_CN or en.</source>
        <translation>%file：声音要有名字，语言要是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The voice %label in %file is already on this computer.</source>
        <translation>%file 里的声音“%label”这台电脑上已经有了。</translation>
    </message>
    <message>
        <source>%file: the recording %member is listed but missing.</source>
        <translation>%file：清单里有录音 %member，文件却不在。</translation>
    </message>
    <message>
        <source>%file: %member is in the pack but not in its list.</source>
        <translation>%file：%member 在包里，却不在清单上。</translation>
    </message>
    <message>
        <source>%file: the recording %member (“%text”) cannot be used: %why.</source>
        <translation>%file：录音 %member（“%text”）不能用：%why。</translation>
    </message>
    <message>
        <source>That voice is no longer on this computer.</source>
        <translation>这台电脑上已经没有这个声音了。</translation>
    </message>
    <message>
        <source>A voice with this name is already here. Please choose another name.</source>
        <translation>已经有同名的声音了。请换一个名字。</translation>
    </message>
    <message>
        <source>Nothing was imported; the voices on this computer are as they were.</source>
        <translation>什么都没有导入，这台电脑上的声音都和原来一样。</translation>
    </message>
</context>
</TS>
