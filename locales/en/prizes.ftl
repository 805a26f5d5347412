# The prizes an edition awards.

prize-first = First prize
prize-second = Second prize
prize-third = Third prize
prize-special = Special prize
prize-special-named = Special prize: { $name }
prize-none = No prize (settles a tie)
