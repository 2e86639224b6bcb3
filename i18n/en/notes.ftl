# Notes on files: what a speaker (or an organiser, for the event's data files) would want to fix,
# shown on the card, in the editor and under the timetable. Names in backticks (`Title`,
# `+++`, `background_color`) are what the file itself says: keep them as they are. A value
# quoted in a note ($value, $image) comes quoted already.

## Where a note points
# "line 5: …", "line 5, column 14: …": $column is "none" when the note has no column.
at = line { $line }{ $column ->
    [none] {""}
   *[other] , column { $column }
}: { $message }

## Files that cannot be read at all
# $size and $max are in KB.
too-large = this file is { $size } KB; talk files are at most { $max } KB
binary = this is not a text file: it contains binary data (byte { $offset })
html-page = this is an HTML page, not a talk file: link to the raw Markdown file (on GitHub, the "Raw" button)
invalid-utf8 = this file is not valid UTF-8; save it as UTF-8

## The front matter
no-front-matter = no front matter: start the file with a `+++` block holding Title, Type and Speakers
unclosed = the front matter opened with `{ $delimiter }` is never closed: add a `{ $delimiter }` line after the last field
# $format is TOML, YAML or JSON; $detail is what that format's parser said (in English).
invalid-syntax = invalid { $format }: { $detail }
# The same, when the line ends with a quote too many (`Title = "A title""`).
invalid-syntax-stray-quote = invalid { $format }: { $detail } (a stray `"` after the closing quote?)
# A key written twice, in other cases (`Title` and `title`): $line is where the first one is.
repeated-key = `{ $key }` repeats `{ $first }`: keys ignore case, so this one is ignored
repeated-key-at = `{ $key }` repeats `{ $first }` (line { $line }): keys ignore case, so this one is ignored

## A talk file's fields
no-title = the talk has no title: set `Title`
placeholder-title = the title "{ $title }" looks like a placeholder
# An old file whose `title` names the speaker; $title is quoted already. $where says where the
# talk's title was found.
old-format = old format: `title` ({ $title }) names the speaker and the talk's title is { $where ->
    [line] on the body's "Title:" line
   *[heading] the body's first heading
}; today's files set `Title` to the talk's title and `Speakers` to speaker slugs
unknown-type = type `{ $value }` is not one of talk, ignite, keynote, workshop; it is shown as written
placeholder-speaker = speaker `{ $slug }` looks like a placeholder, not a speaker's slug
# $key is the field as the file writes it (`Talk_date`); $value is quoted already.
not-shown = { $key }: { $value } is not { $what ->
    [date] a date (YYYY-MM-DD)
   *[time] a time (HH:MM)
}; it is not shown
# A media field whose value cannot be used.
not-media = { $key }: { $value } is not { $what ->
    [youtube] a YouTube video id or URL
    [vimeo] a Vimeo video id or URL
   *[link] an http(s) link
}
# Text saved twice in two encodings: $found is what the file shows ("â€™"), $meant what it
# most likely was.
mojibake = "{ $found }" looks like mojibake: this text was saved once more in another encoding; it most likely means "{ $meant }"
mojibake-typographic = "{ $found }" looks like mojibake: this text was saved once more in another encoding; it most likely means a typographic character (’ “ ” – — …)

## The abstract
indented-html = the abstract is HTML indented as it was for the old site, which Markdown reads as code after a blank line; it is shown as HTML: write it in Markdown (or as HTML without indented lines)
nested-deep = the abstract nests { $depth ->
    [one] { $depth } level
   *[other] { $depth } levels
} deep; levels past { $max } are shown flat
raw-html-tags = the abstract has { $count ->
    [one] { $count } raw HTML tag
   *[other] { $count } raw HTML tags
}; past { $max }, they are shown as text
# Hugo's shortcodes (`{{< youtube ID >}}`): $name is the shortcode's name.
shortcode-not-video = shortcode `{ $name }`: "{ $value }" is not a video id; removed
shortcode-figure-without-src = shortcode `figure` has no src; removed
shortcode-tweet-without-id = shortcode `tweet` has no numeric id; removed
shortcode-event-link = shortcode `event_link`: shown as text; the event site's page it links to is not known here
shortcode-unsupported = shortcode `{ $name }` is not supported here; removed

## A speaker file
speaker-without-name = the speaker file has no real name: set `Title` to the speaker's name
# $image is quoted already.
speaker-image = image: { $image } is not a usable picture address
# $key is the field as written, $value quoted already, $site the site's name ("GitHub").
speaker-link = { $key }: { $value } is not a handle or link for { $site }; left out
placeholder-bio = the bio "{ $bio }" looks like a placeholder

## The event's data files, for its organisers ($key, `date`, `custom_url`: the file's own words)
written-twice = `{ $key }` is written twice: the later value is used
merge-conflict = a merge-conflict marker (`{ $marker }`): `{ $key }` cannot be read until the conflict is resolved
# $detail is what the YAML parser said (in English).
invalid-yaml = `{ $key }` is not valid YAML: { $detail }
event-date = { $key } "{ $text }" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM)
slot-ends-before-start = the slot "{ $title }" ends ({ $end }) before it starts ({ $start })
slot-colour = background_color "{ $text }" is not a colour (#rrggbb): the slot has no marker
slot-url = custom_url "{ $text }" is not a web address: the slot is not linked
slot-date = date "{ $text }" is not a day (YYYY-MM-DD)
slot-time = { $key } "{ $text }" is not a time (HH:MM)
# The schedule and the talk file give the talk different times. Each side is a day
# (YYYY-MM-DD, or "none") and a time (HH:MM, or "none").
schedule-disagrees = the event's schedule ({ $path }, line { $line }) has this talk on { $schedule-day ->
    [none] no day
   *[other] { $schedule-day }
}{ $schedule-time ->
    [none] {""}
   *[other] {" "}at { $schedule-time }
}, the talk file on { $file-day ->
    [none] no day
   *[other] { $file-day }
}{ $file-time ->
    [none] {""}
   *[other] {" "}at { $file-time }
}: the talk file's is shown
matched-by-title = matched by title: no slot names the file { $slug }.md, and this slot ("{ $title }") carries its title
# $count is two or more; $lines lists their lines ("12, 40").
title-in-many-slots = { $count ->
    [one] { $count } slot (line { $lines }) carries
   *[other] { $count } slots (lines { $lines }) carry
} the title of { $slug }.md: none is taken as its slot
