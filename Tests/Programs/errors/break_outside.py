x = 3
break
