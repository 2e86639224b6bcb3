# The exported pages' own words around the card (`talkcard export`): their title bar, and what
# their head says to link previews and search engines.

## The bar at the top of a page
# The link to the list of every event.
all-events = All events
# The link to an event's program page: "2019 Chicago program".
event-program = { $event } program
# The bar's links, for screen readers.
where-this-page-is = Where this page is

## The page's description, for a talk whose abstract is empty
talk-at = A talk at { $event }.
# $names: the speakers, as the card lists them ("Ana, Bo and Cy").
talk-by-at = A talk by { $names } at { $event }.

## The link preview's picture, described
recording-still = A still from the recording of “{ $title }”
event-picture = { $event }: the event's picture

## An event's program page
# Its title: "Program · 2019 Chicago".
program-page = Program · { $event }
# Its description: how many talks, and where when known ($place: the venue and address).
program-of = The program of { $event }: { $count ->
    [one] { $count } talk.
   *[other] { $count } talks.
}
program-of-at = The program of { $event }: { $count ->
    [one] { $count } talk.
   *[other] { $count } talks.
} { $place }.
