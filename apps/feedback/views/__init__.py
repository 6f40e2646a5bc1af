"""The candidate's feedback pages, one module per resource: threads (list, detail and the actions
on a thread's timeline), requests (the composer and the live tone check), thanks, items, the
action plan, insights and templates. Function views: parse input, call a service or selector,
render. htmx requests get a named partial of the same template; every htmx control is also a
real link or form."""
