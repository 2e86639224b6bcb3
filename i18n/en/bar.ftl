# The standalone app's bar (the `?talk=` page's too): the form to open a file, and the editor's link.
preview-own-talk = Preview your own talk
# The label of the address field.
file-or-program = Talk file or program URL
show = Show
