# The speaker's editor (`?edit`): its toolbar, tabs, messages, and the panel that proposes the
# files on GitHub. The notes on the files are notes.ftl's.

## The files
# What each file's editor is, above it and for screen readers.
talk-label = Your talk file (or drop a file here)
speaker-label = Your speaker file: name, photo, bio and links, shown in your speaker box (or drop a file here)
# The tabs, and their group for screen readers.
files = Files
talk-file = Talk file
your-speaker-file = Your speaker file
# A draft whose talk has no title yet, in the list of drafts.
untitled-draft = Untitled draft

## The toolbar
draft = Draft
new = New
open-file = Open file…
download = Download .md
download-speaker = Download speaker .md
copy-share-link = Copy share link
discard = Discard
discard-confirm = Discard this draft? It cannot be undone.
share-link = Share link (copied; the draft is in the link, never on a server):

## Messages
not-saved = This browser does not let talkcard save your draft (its storage is full or turned off): download it before you close this page.
# $detail says what was wrong with the link.
share-link-unreadable = Could not open the share link: { $detail }
# $detail is the fetch's failure, which names the address.
copy-failed = Could not copy the talk file: { $detail }
# $file is the dropped or chosen file's name.
read-failed = Could not read { $file }.
no-problems = No problems found.
# Above the preview, while the draft has errors.
stale = The draft has { $count ->
    [one] { $count } error
   *[other] { $count } errors
}: this is your last version without errors.

## Proposing the files on GitHub
propose = Propose on GitHub
# $what is which file.
propose-intro = GitHub's own page for { $what ->
    [speaker] your speaker file
   *[talk] your talk file
} opens, filled with your draft: sign in there, and GitHub makes your copy of the site's repository and opens the pull request. talkcard sends nothing to GitHub.
repository = The site's repository
event-folder = The event (its folder, such as 2025-chicago)
# $path is the file's path in the repository.
open-github-page = Open GitHub's page for { $path }
name-yourself-first = Name yourself in the talk file's Speakers first: your speaker file is named after you.
name-repository-and-event = Name the site's repository (owner/name) and the event's folder.
# After the link is followed, when the draft goes by the clipboard.
copied-existing = Your draft is copied. GitHub's editor opens with the file as it is on the site: select all there and paste your draft.
copied-too-long = Your draft is copied. Your draft is too long to send in an address: paste it into GitHub's editor.
