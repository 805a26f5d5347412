# The prizes an edition awards.

prize-first = First prize
prize-second = Second prize
prize-third = Third prize
prize-special = Special prize
prize-special-named = Special prize: { $name }
prize-none = No prize (settles a tie)

## The public winners page.
winners-title = Winners: { $edition }
winners-heading = The winners of { $edition }
winners-none = The jury awarded no prizes in this edition.
winners-rationale = The jury's rationale
