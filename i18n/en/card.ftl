# The talk card: what it says around the talk's own words (its title, abstract and names are
# the talk file's, never translated).

## The badge: the session's kind. $kind is the file's `Type` in lower case; a kind not listed
## here is shown as the file writes it ($label).
kind = { $kind ->
    [talk] Talk
    [ignite] Ignite
    [keynote] Keynote
    [workshop] Workshop
   *[other] { $label }
}

## The header
# A talk file with no title.
untitled = Untitled talk
# Under the title: "by Jane Doe", "by Jane Doe and John Roe".
by-speakers = by { $names }
# The last two names of a list ("Ana, Bo and Cy"): $rest is the others, joined by ", ".
list-and = { $rest } and { $last }
# The date and time of a talk whose day is past.
took-place = Took place on { $when }
# The talk's time in the visitor's own time zone, when it differs from the event's.
your-time = your time: { $time }
add-to-calendar = Add to calendar
# The calendar button's label for screen readers.
add-to-calendar-of = Add to calendar: { $title }

## The player
play-video = Play video
show-slides = Show slides
# Labels for screen readers of the buttons above.
play-video-of = Play video: { $title }
show-slides-of = Show slides: { $title }
# The frame's title once playing: "YouTube video: <title>".
video-of = { $provider } video: { $title }
slides-of = { $provider } slides: { $title }
# Under the player, before anything of the host's has loaded.
nothing-loads = From { $provider }. Nothing loads from there until you press play.

## Below the abstract
# Links to the talk's other media, for screen readers.
more-of-talk = More of this talk
# A compact card's link to the talk's page.
read-abstract = Read the abstract
# A link to the talk's other media (under the abstract, or instead of a player): $what says
# which kind; $provider is the site's name ("Speaker Deck").
medium-link = { $what ->
    [video] Also on { $provider }
    [website] Website
    [page] Embedded page
    [pdf] Slides (PDF)
    [recording] Recording on { $provider }
    [slides] Slides
   *[slides-on] Slides on { $provider }
}
# A speaker's own website, among their links.
website = Website
speakers-heading = { $count ->
    [one] Speaker
   *[other] Speakers
}
more-about = More about { $name }
show-less = Show less
# A speaker's link, for screen readers: "Jane Doe on GitHub: janedoe".
speaker-on = { $name } on { $site }: { $handle }

## Notes and errors
notes-for-speaker = { $count ->
    [one] { $count } note for the speaker
   *[other] { $count } notes for the speaker
}
notes-on-data = { $count ->
    [one] { $count } note on the event's data
   *[other] { $count } notes on the event's data
}
file-has-errors = This talk file has errors
may-be-incomplete = The card below shows what could be read; it may be incomplete.
not-a-talk-file = This is not a talk file
# A talk file that could not be fetched (the details follow: the server's answer, the network).
not-loaded = Could not load this talk
# A card named by its exported page, which could not give its card.
page-not-shown = This card's page cannot be shown
# Before the address of the file that could not be read.
talk-file = Talk file:
try-again = Try again
loading = Loading { $url }…

# Why a talk file could not be fetched (under the card's title); each names the file's address.
# $status: the HTTP status and its reason ("404 Not Found").
fetch-status = The server answered HTTP { $status } for { $url }.
# $size and $limit in kilobytes.
fetch-too-large = The file at { $url } is { $size } KB; talk files are at most { $limit } KB.
fetch-timed-out = The server did not finish sending { $url } within { $seconds } seconds.
# $detail: what the browser said, in its own words.
fetch-network = The request for { $url } failed: the network is down, the host cannot be reached, or it does not allow cross-origin requests (CORS). The browser said: { $detail }
